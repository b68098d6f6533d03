package ru.edu.innovation.platform.store;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon's JDBC engine whose events carry their timestamp already read ({@link StoredTimestamps}).
 * Axon's own entries keep the stored text and parse it again each time the timestamp is asked for:
 * once for the gap check, once when the message is built, once more by every handler that wants it.
 * The gap check's parse alone was a tenth of a rebuild's CPU, so the tracked events' token is worked
 * out here as Axon's engine does it, from the timestamp read once; the gap settings it needs are
 * Axon's defaults, set on the builder here so that the two agree.
 * <p>
 * The embedded store's reader for the processors at the head of the stream reads with
 * {@code mayBlock} and keeps the newest event it had before the read in a local variable until the
 * stream it was given ends, that is until a query finds nothing new. Through a burst of events (an
 * import, a restore) that holds every event read since in memory, enough to fill the heap. That
 * stream is therefore ended after one fetch; the reader asks again at once, from where it stopped.
 */
public class StoredTimestampJdbcEngine extends JdbcEventStorageEngine {

    static final int GAP_TIMEOUT_MILLIS = 60_000;
    private static final int MAX_GAP_OFFSET = 10_000;
    static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final byte[] UNREAD = new byte[0];

    public StoredTimestampJdbcEngine(Builder builder) {
        super(builder.gapTimeout(GAP_TIMEOUT_MILLIS).maxGapOffset(MAX_GAP_OFFSET)
                .lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE));
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventData<?>> events = super.readEventData(trackingToken, mayBlock);
        return mayBlock ? events.limit(batchSize()) : events;
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return withTimestamp(super.getDomainEventData(resultSet), resultSet);
    }

    /** As Axon's {@code JdbcEventStorageEngine#getTrackedEventData}, with the timestamp parsed once. */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalSequence = resultSet.getLong(schema().globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema().aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema().eventIdentifierColumn());
        String storedTimestamp = resultSet.getString(schema().timestampColumn());
        Instant timestamp = StoredTimestamps.parse(storedTimestamp);
        DomainEventData<?> event = new Timestamped<>(new GenericDomainEventEntry<>(
                resultSet.getString(schema().typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema().sequenceNumberColumn()),
                eventIdentifier,
                storedTimestamp,
                resultSet.getString(schema().payloadTypeColumn()),
                resultSet.getString(schema().payloadRevisionColumn()),
                payloadOf(resultSet),
                readPayload(resultSet, schema().metaDataColumn())), timestamp);

        // A gap older than the timeout is a transaction that rolled back, not one still committing.
        boolean allowGaps = timestamp.isAfter(
                GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MILLIS, ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    /** The stored payload, or none (empty) where the schema leaves it unread ({@link EventTables#schemaWithoutPayloadsOf}). */
    private byte[] payloadOf(ResultSet resultSet) throws SQLException {
        byte[] payload = readPayload(resultSet, schema().payloadColumn());
        return payload == null ? UNREAD : payload;
    }

    private <T> DomainEventData<T> withTimestamp(DomainEventData<T> entry, ResultSet resultSet) throws SQLException {
        return new Timestamped<>(entry, StoredTimestamps.parse(resultSet.getString(schema().timestampColumn())));
    }

    private record Timestamped<T>(DomainEventData<T> entry, Instant timestamp) implements DomainEventData<T> {

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public String getType() {
            return entry.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return entry.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return entry.getSequenceNumber();
        }

        @Override
        public String getEventIdentifier() {
            return entry.getEventIdentifier();
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return entry.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return entry.getPayload();
        }
    }
}
