package ru.edu.innovation.query;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
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
import ru.edu.innovation.query.reviews.PendingReviewsSourceConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;

/**
 * The pending-reviews processor reads the store through its own source: while it catches up, held
 * events come without their payload and everything else as stored, at the store's own positions;
 * at the head it follows the store, whose events carry their payloads.
 */
class PendingReviewsSourceIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier(PendingReviewsSourceConfiguration.NAME)
    private CatchUpSource pendingReviewsSource;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    /** What a reader saw of one event: where, which, and the stored payload's bytes. */
    private record Read(TrackingToken token, String payloadType, long sequence, int payloadBytes) {
    }

    @Test
    @DisplayName("caught up from the start, the source gives every event at the store's position, held events without payload")
    void catchesUpWithoutHeldPayloads() throws Exception {
        String projectId = new SeedJourneys(this).yayaRunning();
        String base = "/api/projects/" + projectId;
        String activityId = (String) command("sikora", base + "/activities", conferenceActivity()).getBody().get("id");
        command("sikora", base + "/held-events", conferenceHeld(activityId));
        TrackingToken head = eventStore.createHeadToken();

        List<Read> fromStore;
        List<Read> fromSource;
        try (BlockingStream<TrackedEventMessage<?>> store = eventStore.openStream(null);
             BlockingStream<TrackedEventMessage<?>> source = pendingReviewsSource.openStream(null)) {
            fromStore = readUpTo(store, head);
            fromSource = readUpTo(source, head);

            assertThat(fromSource).extracting(Read::token).containsExactlyElementsOf(
                    fromStore.stream().map(Read::token).toList());
            for (int i = 0; i < fromStore.size(); i++) {
                Read stored = fromStore.get(i);
                boolean held = stored.payloadType().equals(HeldEventRecordedEvent.class.getName());
                assertThat(fromSource.get(i)).isEqualTo(held ? new Read(stored.token(), stored.payloadType(),
                        stored.sequence(), 0) : stored);
            }
            assertThat(fromStore).filteredOn(read -> read.payloadType().equals(HeldEventRecordedEvent.class.getName()))
                    .isNotEmpty().allMatch(read -> read.payloadBytes() > 0);

            // Once the catch-up reader finds nothing more, the source follows the store: a new held
            // event arrives whole.
            assertThat(source.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
            command("sikora", base + "/held-events", conferenceHeld(activityId));
            assertThat(source.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            TrackedEventMessage<?> next = source.nextAvailable();
            assertThat(((DomainEventMessage<?>) next).getAggregateIdentifier()).isEqualTo(projectId);
            assertThat(next.getPayload()).isInstanceOf(HeldEventRecordedEvent.class);
            assertThat(((HeldEventRecordedEvent) next.getPayload()).projectId()).isEqualTo(projectId);
        }
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
