package ru.edu.innovation.query;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.platform.store.CatchUpSource;
import ru.edu.innovation.platform.store.EventStorageEngines;
import ru.edu.innovation.query.reviews.PendingReviewsSourceConfiguration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;

/**
 * The pending-reviews processor reads the store through its own source. While it catches up, the
 * events it handles come as stored and at the store's own positions; of the held events, which it
 * never handles, an old stretch of the stream gives only the last of each window, and a recent one
 * every held event without its payload. At the head it follows the store, whose events are whole.
 */
class PendingReviewsSourceIntegrationTest extends ReadSideIntegrationTest {

    private static final String HELD = HeldEventRecordedEvent.class.getName();

    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier(PendingReviewsSourceConfiguration.NAME)
    private CatchUpSource pendingReviewsSource;
    @Autowired
    private EventStorageEngines engines;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    /** What a reader saw of one event: where, which, and the stored payload's bytes. */
    private record Read(TrackingToken token, String payloadType, long sequence, int payloadBytes) {
    }

    @Test
    @DisplayName("catching up on old events, the source gives every event but held ones at the store's positions, "
            + "and of the held ones only a window's last, without payload")
    void catchesUpOnOldEventsWithoutHeldOnes() throws Exception {
        projectWithTwoHeldEvents();
        TrackingToken head = eventStore.createHeadToken();
        // Every event counts as older than the gap timeout, as a rebuild's do; a source of its own, so
        // the service's processors keep theirs.
        CatchUpSource source = new CatchUpSource(eventStore, engines.catchUpReaderWithout(List.of(HeldEventRecordedEvent.class)));
        Clock clock = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        try (BlockingStream<TrackedEventMessage<?>> store = eventStore.openStream(null);
             BlockingStream<TrackedEventMessage<?>> caughtUp = source.openStream(null)) {
            List<Read> fromStore = readUpTo(store, head);
            List<Read> fromSource = readUpTo(caughtUp, head);

            assertThat(fromSource).containsAll(fromStore.stream().filter(read -> !read.payloadType().equals(HELD)).toList());
            List<Read> heldFromSource = fromSource.stream().filter(read -> read.payloadType().equals(HELD)).toList();
            assertThat(heldFromSource).allMatch(read -> read.payloadBytes() == 0);
            assertThat(heldFromSource).extracting(Read::token).isSubsetOf(fromStore.stream().map(Read::token).toList());
            assertThat(heldFromSource).hasSizeLessThan((int) fromStore.stream().filter(read -> read.payloadType().equals(HELD)).count());
            assertThat(fromSource.get(fromSource.size() - 1)).isEqualTo(withoutPayload(fromStore.get(fromStore.size() - 1)));
        } finally {
            GenericEventMessage.clock = clock;
        }
    }

    @Test
    @DisplayName("catching up on recent events, the source gives every event at the store's position, held events "
            + "without payload, then follows the store, whose new held event arrives whole")
    void catchesUpOnRecentEventsThenFollows() throws Exception {
        String projectId = projectWithTwoHeldEvents();
        TrackingToken head = eventStore.createHeadToken();
        TrackingToken recent = justBefore(projectId);

        try (BlockingStream<TrackedEventMessage<?>> store = eventStore.openStream(recent);
             BlockingStream<TrackedEventMessage<?>> source = pendingReviewsSource.openStream(recent)) {
            List<Read> fromStore = readUpTo(store, head);
            List<Read> fromSource = readUpTo(source, head);

            assertThat(fromSource).containsExactlyElementsOf(fromStore.stream()
                    .map(read -> read.payloadType().equals(HELD) ? withoutPayload(read) : read).toList());
            assertThat(fromStore).filteredOn(read -> read.payloadType().equals(HELD))
                    .hasSizeGreaterThanOrEqualTo(2).allMatch(read -> read.payloadBytes() > 0);

            // Once the catch-up reader finds nothing more, the source follows the store.
            assertThat(source.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
            String activityId = (String) command("sikora", "/api/projects/" + projectId + "/activities",
                    conferenceActivity()).getBody().get("id");
            command("sikora", "/api/projects/" + projectId + "/held-events", conferenceHeld(activityId));
            TrackedEventMessage<?> next = null;
            while (next == null || !(next.getPayload() instanceof HeldEventRecordedEvent)) {
                assertThat(source.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
                next = source.nextAvailable();
            }
            assertThat(((HeldEventRecordedEvent) next.getPayload()).projectId()).isEqualTo(projectId);
        }
    }

    @Test
    @DisplayName("the store has the partial index of the events that are not held, whose predicate the catch-up reader repeats")
    void storeIndexesTheEventsThatAreNotHeld() {
        String predicate = jdbc.queryForObject("SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
                + "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'ix_domain_event_not_held'", String.class);
        assertThat(predicate).isEqualTo("((payload_type)::text <> '" + HELD + "'::text)");
        // A test store is too small for the planner to prefer any index over reading the table.
        String plan = jdbc.execute((Connection connection) -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT global_index FROM domain_event_entry WHERE "
                        + "global_index > 0 AND global_index <= 10000 AND payload_type NOT IN ('" + HELD + "')")) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("RESET enable_seqscan");
                return lines.toString();
            }
        });
        assertThat(plan).as("a query with the reader's predicate uses the index").contains("ix_domain_event_not_held");
    }

    private String projectWithTwoHeldEvents() {
        String projectId = new SeedJourneys(this).yayaRunning();
        String base = "/api/projects/" + projectId;
        String activityId = (String) command("sikora", base + "/activities", conferenceActivity()).getBody().get("id");
        command("sikora", base + "/held-events", conferenceHeld(activityId));
        command("sikora", base + "/held-events", conferenceHeld(activityId));
        return projectId;
    }

    /** The position just before the project's first event: every event after it was stored by this test, seconds ago. */
    private TrackingToken justBefore(String projectId) {
        long first = jdbc.queryForObject("SELECT MIN(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, projectId);
        return GapAwareTrackingToken.newInstance(first - 1, Collections.emptySortedSet());
    }

    private static Read withoutPayload(Read read) {
        return new Read(read.token(), read.payloadType(), read.sequence(), 0);
    }

    private List<Read> readUpTo(BlockingStream<TrackedEventMessage<?>> stream, TrackingToken head)
            throws InterruptedException {
        List<Read> read = new ArrayList<>();
        while (read.isEmpty() || !read.get(read.size() - 1).token().covers(head)) {
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).as("an event up to the head").isTrue();
            TrackedEventMessage<?> event = stream.nextAvailable();
            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
            read.add(new Read(event.trackingToken(), event.getPayloadType().getName(), domain.getSequenceNumber(),
                    event.serializePayload(eventSerializer, byte[].class).getData().length));
        }
        return read;
    }
}
