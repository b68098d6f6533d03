package ru.edu.innovation.command.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
}
