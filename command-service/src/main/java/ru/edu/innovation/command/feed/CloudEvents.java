package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import ru.edu.innovation.api.common.MetaDataKeys;

/**
 * A stored event as a CloudEvents 1.0 event in structured JSON mode. Extension attributes (lower
 * case, as the specification requires) carry the position in the project's stream and who acted.
 */
public final class CloudEvents {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private CloudEvents() {
    }

    public static ObjectNode envelope(DomainEventMessage<?> event, KafkaFeedProperties feed, ObjectMapper json) {
        Class<?> type = event.getPayloadType();
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", event.getIdentifier());
        envelope.put("source", feed.source().toString());
        envelope.put("type", EventTypes.cloudEventType(type));
        envelope.put("subject", event.getAggregateIdentifier());
        envelope.put("time", event.getTimestamp().toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataschema", feed.schemaBaseUri().resolve(EventTypes.schemaFile(type)).toString());
        envelope.put("sequencenumber", event.getSequenceNumber());
        putIfPresent(envelope, "correlationid", event.getMetaData().get(MetaDataKeys.CORRELATION_ID));
        putIfPresent(envelope, "causationid", event.getMetaData().get(MetaDataKeys.CAUSATION_ID));
        putIfPresent(envelope, "organizationid", event.getMetaData().get(MetaDataKeys.ORGANIZATION_ID));
        putIfPresent(envelope, "actorid", event.getMetaData().get(MetaDataKeys.USER_ID));
        putIfPresent(envelope, "actorrole", event.getMetaData().get(MetaDataKeys.ROLE));
        envelope.set("data", json.valueToTree(event.getPayload()));
        return envelope;
    }

    private static void putIfPresent(ObjectNode envelope, String attribute, Object value) {
        if (value != null) {
            envelope.put(attribute, value.toString());
        }
    }
}
