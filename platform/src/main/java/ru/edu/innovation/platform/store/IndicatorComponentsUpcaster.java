package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Revision 1 of an indicator knew no components and a value's period only as dates; revision 2 has
 * components with their own values and says whether a period is a calendar or a school year. An
 * event stored before reads as revision 2 without components, its period as dates, as it was entered.
 */
public class IndicatorComponentsUpcaster extends SingleEventUpcaster {

    private static final String OLD_REVISION = "1";
    private static final String NEW_REVISION = "2";
    private static final String DEFINED = IndicatorDefinedEvent.class.getName();
    private static final String VALUE_RECORDED = IndicatorValueRecordedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return OLD_REVISION.equals(event.getType().getRevision()) && (DEFINED.equals(type) || VALUE_RECORDED.equals(type));
    }

    /**
     * Reads and writes the payload itself: through the serializer's tree a value written 16.10 would
     * come back as the double 16.1, and values are kept at the scale they were written with.
     */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return event.upcastPayload(new SimpleSerializedType(type, NEW_REVISION), byte[].class, bytes -> {
            try {
                return EXACT.writeValueAsBytes(upcast(type, EXACT.readTree(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException("an indicator event of revision 1 is no JSON", e);
            }
        });
    }

    private static JsonNode upcast(String type, JsonNode payload) {
        if (DEFINED.equals(type)) {
            if (payload.path("definition") instanceof ObjectNode definition && !definition.has("components")) {
                definition.putArray("components");
            }
        } else if (payload.path("value") instanceof ObjectNode value) {
            if (!value.has("periodKind")) {
                value.put("periodKind", "DATES");
            }
            if (!value.has("components")) {
                value.putArray("components");
            }
        }
        return payload;
    }
}
