package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.core.JsonFactory;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * How the caught-up publisher cuts batches: every batch costs a broker round trip and a token
 * update, so events that arrive within the linger go out together, and without a linger each goes
 * out on its own as soon as it is stored.
 */
class KafkaEventPublisherLingerTest {

    private final EventStream stream = new EventStream();
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final CountingTokenStore tokens = new CountingTokenStore();
    private KafkaEventPublisher publisher;

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.stop();
        }
    }

    @Test
    @DisplayName("events stored within the linger go to the broker in one batch with one token update")
    void eventsWithinTheLingerShareABatch() throws InterruptedException {
        start(Duration.ofMillis(1_000));
        stream.add(0);
        Thread.sleep(30);
        stream.add(1);
        Thread.sleep(30);
        stream.add(2);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tokens.stored.size() == 1);
        assertThat(producer.history()).hasSize(3);
        assertThat(tokens.stored).containsExactly(new GlobalSequenceTrackingToken(2));
    }

    @Test
    @DisplayName("without a linger each event is sent and its position stored as soon as it arrives")
    void withoutALingerEachEventIsABatch() throws InterruptedException {
        start(Duration.ZERO);
        for (int position = 0; position < 3; position++) {
            stream.add(position);
            int sent = position + 1;
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tokens.stored.size() == sent);
        }

        assertThat(producer.history()).hasSize(3);
        assertThat(tokens.stored).containsExactly(new GlobalSequenceTrackingToken(0),
                new GlobalSequenceTrackingToken(1), new GlobalSequenceTrackingToken(2));
    }

    @SuppressWarnings("unchecked")
    private void start(Duration linger) {
        StreamableMessageSource<TrackedEventMessage<?>> store = mock(StreamableMessageSource.class);
        when(store.openStream(null)).thenReturn((BlockingStream) stream);
        ProducerFactory<String, byte[]> producers = mock(ProducerFactory.class);
        when(producers.createProducer()).thenReturn(producer);
        KafkaAdmin admin = mock(KafkaAdmin.class);
        when(admin.initialize()).thenReturn(true);
        KafkaFeedProperties feed = new KafkaFeedProperties(true, "events", URI.create("urn:test"),
                URI.create("http://localhost/schemas/"), 2000, linger, 6, (short) 1);
        publisher = new KafkaEventPublisher(store, tokens, NoTransactionManager.INSTANCE, producers, admin, feed,
                JacksonSerializer.defaultSerializer(), new JsonFactory(), mock(FeedParking.class), Clock.systemUTC());
        publisher.start();
    }

    /** The store's stream as a caught-up publisher sees it: events arrive while it waits. */
    private static final class EventStream implements BlockingStream<TrackedEventMessage<?>> {

        private final LinkedBlockingDeque<TrackedEventMessage<?>> available = new LinkedBlockingDeque<>();

        void add(long position) {
            HeldEvent held = new HeldEvent(LocalDate.of(2023, 3, 17), "Семинар", EventLevel.MUNICIPAL, "очно",
                    new ParticipantCounts(1, 2, 0, 0), "материалы", null);
            available.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                    new GenericDomainEventMessage<>("InnovationProject", "project-1", position,
                            new HeldEventRecordedEvent("project-1", "held-" + position, held))));
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(available.peekFirst());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            TrackedEventMessage<?> next = available.pollFirst(timeout, unit);
            if (next == null) {
                return false;
            }
            available.addFirst(next);
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return available.removeFirst();
        }

        @Override
        public void close() {
        }
    }

    /** The in-memory token store, remembering every position stored. */
    private static final class CountingTokenStore extends InMemoryTokenStore {

        final List<TrackingToken> stored = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            super.storeToken(token, processorName, segment);
            stored.add(token);
        }
    }
}
