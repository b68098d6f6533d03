package ru.edu.innovation.platform.store;

import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader a {@link CatchUpSource} catches up with, for a processor that never handles the
 * events of some classes ({@link EventTables#schemaWithoutPayloadsOf}). Where the stream is older
 * than the gap timeout it reads windows of the stream and returns only the events of the other
 * classes and each window's last event, whose position carries the processor past the window: an
 * event that old closes every gap before it (Axon's engine keeps no gap behind such an event
 * either), so the positions are those Axon's engine gives the same events. Nearer the head, or from
 * a position with gaps, it reads every event as Axon's engine does, the skipped classes without
 * their payload.
 */
class CatchUpJdbcEngine extends StoredTimestampJdbcEngine {

    /** Twice the gap timeout: stored moments are compared as text, which is exact only to the second. */
    private static final Duration OLD = Duration.ofMillis(2L * GAP_TIMEOUT_MILLIS);

    private final TransactionManager transactionManager;
    private final int window;
    /** A window's events of the classes read and its last event, whatever its class. */
    private final String windowSql;
    /** The newest event after a position that is older than a moment. */
    private final String lastOldSql;
    private volatile long oldUpTo = -1;

    CatchUpJdbcEngine(Builder builder, TransactionManager transactionManager, String skipped, int window) {
        super(builder);
        this.transactionManager = transactionManager;
        this.window = window;
        String index = schema().globalIndexColumn();
        String table = schema().domainEventTable();
        String fields = schema().trackedEventFields();
        String type = schema().payloadTypeColumn();
        // Two arms, not one OR, so that PostgreSQL finds the events read through the partial index of
        // those that are not skipped (command-service's V5) and the window's last through the key's,
        // never carrying the window's skipped rows, payloads and all, through the database's memory.
        this.windowSql = "SELECT " + fields + " FROM " + table + " WHERE " + index + " > ? AND " + index + " <= ? AND "
                + type + " NOT IN (" + skipped + ") UNION ALL SELECT " + fields + " FROM " + table + " WHERE " + index
                + " = (SELECT MAX(" + index + ") FROM " + table + " WHERE " + index + " > ? AND " + index + " <= ?) AND "
                + type + " IN (" + skipped + ") ORDER BY " + index;
        this.lastOldSql = "SELECT MAX(" + index + ") FROM " + table + " WHERE " + index + " > ? AND "
                + schema().timestampColumn() + " < ?";
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = (GapAwareTrackingToken) lastToken;
        if (token != null && !token.getGaps().isEmpty()) {
            return super.fetchTrackedEvents(lastToken, batchSize);
        }
        long after = token == null ? LOWEST_GLOBAL_SEQUENCE - 1 : token.getIndex();
        List<? extends TrackedEventData<?>> handled = transactionManager.fetchInTransaction(() -> readOld(token, after));
        return handled.isEmpty() ? super.fetchTrackedEvents(lastToken, batchSize) : handled;
    }

    /**
     * The events after {@code after} of the first window that holds any, up to the last event older
     * than {@link #OLD}: those of the classes read and the window's last; none where no event after
     * {@code after} is that old.
     */
    private List<TrackedEventData<?>> readOld(GapAwareTrackingToken token, long after) {
        long upTo = oldUpTo;
        if (after >= upTo) {
            upTo = lastOldIndexAfter(after);
            oldUpTo = Math.max(oldUpTo, upTo);
        }
        long from = after;
        while (from < upTo) {
            long to = Math.min(from + window, upTo);
            List<TrackedEventData<?>> events = readWindow(token, from, to);
            if (!events.isEmpty()) {
                return events;
            }
            from = to;
        }
        return List.of();
    }

    private List<TrackedEventData<?>> readWindow(GapAwareTrackingToken token, long after, long upTo) {
        return JdbcUtils.executeQuery(getConnection(), connection -> {
            PreparedStatement statement = connection.prepareStatement(windowSql);
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            statement.setLong(3, after);
            statement.setLong(4, upTo);
            return statement;
        }, resultSet -> {
            List<TrackedEventData<?>> events = new ArrayList<>();
            GapAwareTrackingToken previous = token;
            while (resultSet.next()) {
                TrackedEventData<?> event = getTrackedEventData(resultSet, previous);
                previous = (GapAwareTrackingToken) event.trackingToken();
                events.add(event);
            }
            return events;
        }, e -> new EventStoreException("Failed to read the events after " + after + " up to " + upTo, e));
    }

    /** The position of the newest event after {@code after} stored longer than {@link #OLD} ago, or {@code after}. */
    private long lastOldIndexAfter(long after) {
        Long last = JdbcUtils.executeQuery(getConnection(), connection -> {
            PreparedStatement statement = connection.prepareStatement(lastOldSql);
            statement.setLong(1, after);
            statement.setString(2, GenericEventMessage.clock.instant().minus(OLD).toString());
            return statement;
        }, resultSet -> JdbcUtils.nextAndExtract(resultSet, 1, Long.class),
                e -> new EventStoreException("Failed to find the last old event after " + after, e));
        return last == null ? after : last;
    }
}
