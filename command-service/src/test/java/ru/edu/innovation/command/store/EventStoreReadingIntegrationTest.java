package ru.edu.innovation.command.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.util.ReflectionTestUtils;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.platform.store.TypeCachingJacksonSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventStoreReadingIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    private Serializer defaultSerializer;
    @Autowired
    private org.axonframework.config.Configuration axon;
    @Autowired
    private EventStorageEngine storageEngine;
    @Autowired
    private ConnectionProvider connectionProvider;
    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private EventSchema eventSchema;
    @Value("${innovation.event-store.fetch-batch-size}")
    private int fetchBatchSize;
    @Value("${innovation.event-store.cached-events}")
    private int cachedEvents;

    @Test
    @DisplayName("stored events read back with the stored moment and metadata, through the service's own readers")
    void readsBackWhatWasStored() {
        assertThat(((JacksonSerializer) eventSerializer).getObjectMapper().getRegisteredModuleIds())
                .as("the metadata reader is registered on the event serializer").contains("innovation-metadata");

        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId).asStream().toList();
        List<String> stored = jdbc.queryForList("""
                SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                String.class, projectId);
        assertThat(events).hasSize(stored.size()).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).getTimestamp()).isEqualTo(Instant.parse(stored.get(i)));
            assertThat(events.get(i).getMetaData().get(MetaDataKeys.USER_ID)).isEqualTo("sikora");
        }
    }

    @Test
    @DisplayName("tracked events carry the tokens and moments Axon's own engine gives them, across a gap")
    void trackedAsAxonTracksThem() {
        registerYayaProject();
        // A global index taken and never stored, as by a transaction that rolled back: a gap.
        jdbc.queryForObject("SELECT nextval('domain_event_entry_global_index_seq')", Long.class);
        registerYayaProject();
        JdbcEventStorageEngine axon = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .build();

        List<? extends TrackedEventMessage<?>> ours = storageEngine.readEvents(null, false).toList();
        List<? extends TrackedEventMessage<?>> axons = axon.readEvents(null, false).toList();

        assertThat(ours).hasSameSizeAs(axons).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).getIdentifier()).isEqualTo(axons.get(i).getIdentifier());
            assertThat(ours.get(i).trackingToken()).as("token of event %d", i).isEqualTo(axons.get(i).trackingToken());
            assertThat(ours.get(i).getTimestamp()).isEqualTo(axons.get(i).getTimestamp());
        }
        assertThat(ours).as("a token with a gap was compared").anySatisfy(event ->
                assertThat(((GapAwareTrackingToken) event.trackingToken()).getGaps()).isNotEmpty());
    }

    @Test
    @DisplayName("a stream that stops reading during a burst is let go of the shared read-ahead within a second, and reads on where it stopped")
    void busyStreamLetGoDuringABurst() throws InterruptedException {
        String projectId = registerYayaProject();
        EmbeddedEventStore store = (EmbeddedEventStore) eventStore;
        // The shared read-ahead's readers; Axon keeps them to itself, and whether a reader is still among
        // them is what decides whether it keeps everything read after its position from the collector.
        @SuppressWarnings("unchecked")
        Collection<Object> tailing = (Collection<Object>) ReflectionTestUtils.getField(store, "tailingConsumers");
        TrackingEventStream stream = store.openStream(store.createHeadToken());
        try {
            while (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                stream.nextAvailable();
            }
            assertThat(tailing).as("a stream at the head reads from the shared read-ahead").contains(stream);

            // More events than the read-ahead keeps, at once, as an import writes them.
            int burst = 12_000;
            writeBurst(projectId, burst);

            await().atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(tailing).as("the stream that stopped reading is let go").doesNotContain(stream));
            List<String> readOn = new ArrayList<>();
            while (readOn.size() < burst && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                String aggregate = ((DomainEventMessage<?>) stream.nextAvailable()).getAggregateIdentifier();
                if (aggregate.startsWith(projectId + "-burst-")) {
                    readOn.add(aggregate.substring(aggregate.lastIndexOf('-') + 1));
                }
            }
            assertThat(readOn).as("read on from a stream of its own, in order, nothing skipped")
                    .isEqualTo(IntStream.rangeClosed(1, burst).mapToObj(Integer::toString).toList());
        } finally {
            stream.close();
        }
    }

    @Test
    @DisplayName("events are written and read by the serializer that resolves each stored type's class once")
    void eventSerializerCachesTypes() {
        assertThat(eventSerializer).isInstanceOf(TypeCachingJacksonSerializer.class);
        assertThat(axon.eventSerializer()).isSameAs(eventSerializer);
    }

    @Test
    @DisplayName("the shared read-ahead keeps two fetches' worth of events in memory, not Axon's 10,000")
    void readAheadIsSmall() {
        // Axon keeps the setting to the store's reader.
        Object producer = ReflectionTestUtils.getField(eventStore, "producer");
        assertThat((Integer) ReflectionTestUtils.getField(producer, "cachedEvents"))
                .isEqualTo(cachedEvents).isEqualTo(2 * fetchBatchSize);
    }

    @Test
    @DisplayName("the store's reader for processors at the head takes one batch per read, so a burst is not held in memory")
    void headReaderTakesOneBatchPerRead() {
        String projectId = registerYayaProject();
        TrackingToken before = eventStore.createHeadToken();
        writeBurst(projectId, 3_500);

        // Axon's reader keeps the newest event it had before a read until the stream it reads ends.
        assertThat(storageEngine.readEvents(before, true).count()).isEqualTo(fetchBatchSize);
        assertThat(storageEngine.readEvents(before, false).count()).as("a processor's own stream reads all")
                .isGreaterThanOrEqualTo(3_500);
    }

    /** {@code copies} copies of the project's first event under new ids, in one statement. */
    private void writeBurst(String projectId, int copies) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT event_identifier || '-burst-' || copy, aggregate_identifier || '-burst-' || copy,
                       sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
                  FROM domain_event_entry, generate_series(1, ?) AS copy
                 WHERE aggregate_identifier = ? AND sequence_number = 0
                 ORDER BY copy""", copies, projectId);
    }
}
