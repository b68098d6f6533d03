package ru.edu.innovation.platform.store;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.util.Collection;
import java.util.stream.Collectors;

/** The event and snapshot tables as command-service's Flyway migration names them; both services read them. */
public final class EventTables {

    private EventTables() {
    }

    public static EventSchema schema() {
        return columns().build();
    }

    /**
     * The same tables, whose tracked events (what processors read) of the given classes come
     * without their payload: a reader for a processor that never handles them. The names are
     * class names, not user input, and are checked to be nothing else before they go into the SQL.
     */
    public static EventSchema schemaWithoutPayloadsOf(Collection<Class<?>> unread) {
        String names = sqlList(unread);
        return columns().trackedEventFields(schema -> String.join(", ", schema.globalIndexColumn(),
                schema.eventIdentifierColumn(), schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(),
                schema.typeColumn(), schema.timestampColumn(), schema.payloadTypeColumn(),
                schema.payloadRevisionColumn(),
                "CASE WHEN %1$s IN (%2$s) THEN NULL ELSE %3$s END AS %3$s"
                        .formatted(schema.payloadTypeColumn(), names, schema.payloadColumn()),
                schema.metaDataColumn())).build();
    }

    /** The classes' names as an SQL list of strings, each checked to be a class name and nothing else. */
    static String sqlList(Collection<Class<?>> classes) {
        return classes.stream().map(Class::getName).peek(EventTables::checkClassName)
                .map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    private static void checkClassName(String name) {
        if (!name.matches("[A-Za-z0-9_.$]+")) {
            throw new IllegalArgumentException("not a class name: " + name);
        }
    }

    private static EventSchema.Builder columns() {
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
                .metaDataColumn("meta_data");
    }
}
