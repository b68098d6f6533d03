package ru.edu.innovation.command.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
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
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreReadingIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    private Serializer defaultSerializer;
    @Autowired
    private EventStorageEngine storageEngine;
    @Autowired
    private ConnectionProvider connectionProvider;
    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private EventSchema eventSchema;

    @Test
    @DisplayName("stored events read back with the stored moment and metadata, through the service's own readers")
    void readsBackWhatWasStored() {
        assertThat(((JacksonSerializer) eventSerializer).getObjectMapper().getRegisteredModuleIds())
                .as("the metadata reader is registered on the event serializer").contains("innovation-metadata");

        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", null);

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
}
