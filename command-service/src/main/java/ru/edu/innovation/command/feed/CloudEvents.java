package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.platform.store.RawJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A stored event as a CloudEvents 1.0 event in structured JSON mode. Extension attributes (lower
 * case, as the specification requires) carry the position in the project's stream and who acted.
 * The event's data is its payload JSON as stored, written into the envelope as it is.
 */
public final class CloudEvents {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final String source;
    private final JsonFactory json;
    /** Type and schema names per event class, worked out once: a re-publish writes them for every event. */
    private final ClassValue<Names> names;

    public CloudEvents(KafkaFeedProperties feed, JsonFactory json) {
        this.source = feed.source().toString();
        this.json = json;
        this.names = new ClassValue<>() {
            @Override
            protected Names computeValue(Class<?> eventClass) {
                return new Names(EventTypes.cloudEventType(eventClass),
                        feed.schemaBaseUri().resolve(EventTypes.schemaFile(eventClass)).toString());
            }
        };
    }

    /** The envelope's JSON for {@code event}, whose payload serializes to {@code data} (UTF-8 JSON). */
    public byte[] envelope(DomainEventMessage<?> event, byte[] data) {
        Names type = names.get(event.getPayloadType());
        MetaData metaData = event.getMetaData();
        ByteArrayBuilder out = new ByteArrayBuilder(data.length + 768);
        try (JsonGenerator envelope = json.createGenerator(out)) {
            envelope.writeStartObject();
            envelope.writeStringField("specversion", "1.0");
            envelope.writeStringField("id", event.getIdentifier());
            envelope.writeStringField("source", source);
            envelope.writeStringField("type", type.cloudEventType());
            envelope.writeStringField("subject", event.getAggregateIdentifier());
            envelope.writeStringField("time", event.getTimestamp().toString());
            envelope.writeStringField("datacontenttype", "application/json");
            envelope.writeStringField("dataschema", type.dataSchema());
            envelope.writeNumberField("sequencenumber", event.getSequenceNumber());
            writeIfPresent(envelope, "correlationid", metaData.get(MetaDataKeys.CORRELATION_ID));
            writeIfPresent(envelope, "causationid", metaData.get(MetaDataKeys.CAUSATION_ID));
            writeIfPresent(envelope, "organizationid", metaData.get(MetaDataKeys.ORGANIZATION_ID));
            writeIfPresent(envelope, "actorid", metaData.get(MetaDataKeys.USER_ID));
            writeIfPresent(envelope, "actorrole", metaData.get(MetaDataKeys.ROLE));
            envelope.writeFieldName("data");
            envelope.writeRawValue(new RawJson(data));
            envelope.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the envelope of " + event.getIdentifier(), e);
        }
        return out.toByteArray();
    }

    private record Names(String cloudEventType, String dataSchema) {
    }

    private static void writeIfPresent(JsonGenerator envelope, String attribute, Object value) throws IOException {
        if (value != null) {
            envelope.writeStringField(attribute, value.toString());
        }
    }
}
