package ru.edu.innovation.platform.store;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/** The event and snapshot tables as command-service's Flyway migration names them; both services read them. */
public final class EventTables {

    private EventTables() {
    }

    public static EventSchema schema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }
}
