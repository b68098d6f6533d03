package ru.edu.innovation.command.cluster;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * What the second of two command-services meets when both take the same project's snapshot at the
 * same sequence: the snapshot is already there, and storing it again changes nothing and fails
 * nobody. Axon's JDBC engine drops a snapshot whose key is taken once the failure is recognised as a
 * duplicate key, which on PostgreSQL needs the store's resolver of SQLState 23505.
 */
class ConcurrentSnapshotIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Test
    @DisplayName("a snapshot another node has just stored at the same sequence stays; taking it again is quietly nothing")
    void secondSnapshotAtTheSameSequenceIsAlreadyTaken() {
        String aggregate = "snapshot-probe-" + UUID.randomUUID();
        GenericDomainEventMessage<Map<String, String>> first = snapshot(aggregate, "first node");
        eventStore.storeSnapshot(first);

        assertThatCode(() -> eventStore.storeSnapshot(snapshot(aggregate, "second node"))).doesNotThrowAnyException();
        assertThat(jdbc.queryForList("SELECT event_identifier FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                String.class, aggregate)).isEqualTo(List.of(first.getIdentifier()));
    }

    private static GenericDomainEventMessage<Map<String, String>> snapshot(String aggregate, String takenBy) {
        return new GenericDomainEventMessage<>("InnovationProject", aggregate, 7, Map.of("takenBy", takenBy));
    }
}
