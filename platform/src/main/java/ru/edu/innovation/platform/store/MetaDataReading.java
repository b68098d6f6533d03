package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the metadata of stored events the way Axon's {@code MetaDataDeserializer} does (a map of
 * names to untyped values) without looking up a map deserializer for every event, a cost every
 * replay paid. Each service
 * registers it on the serializers its storage engine reads with, before the engine reads anything:
 * Axon has registered its own deserializer when it built them, and the later module wins.
 */
public final class MetaDataReading {

    private MetaDataReading() {
    }

    /** Registers this reading on each serializer that is an Axon Jackson serializer (others read as before). */
    public static void registerOn(Serializer... serializers) {
        for (Serializer candidate : serializers) {
            if (candidate instanceof JacksonSerializer serializer) {
                serializer.getObjectMapper().registerModule(
                        new SimpleModule("innovation-metadata").addDeserializer(MetaData.class, new Deserializer()));
            }
        }
    }

    static final class Deserializer extends StdDeserializer<MetaData> {

        Deserializer() {
            super(MetaData.class);
        }

        @Override
        public MetaData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                token = parser.nextToken();
            }
            Map<String, Object> values = new HashMap<>();
            for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                values.put(name, parser.nextToken() == JsonToken.VALUE_STRING
                        ? parser.getText() : context.readValue(parser, Object.class));
            }
            if (token != JsonToken.END_OBJECT) {
                return (MetaData) context.handleUnexpectedToken(MetaData.class, parser);
            }
            return MetaData.from(values);
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                                          TypeDeserializer typeDeserializer) throws IOException {
            return typeDeserializer.deserializeTypedFromObject(parser, context);
        }
    }
}
