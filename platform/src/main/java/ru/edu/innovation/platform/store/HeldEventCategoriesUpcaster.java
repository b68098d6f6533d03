package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;

/**
 * Revision 2 of a held event counted its participants in four numbers: teachers, students, parents,
 * others. Revision 3 counts them by the categories the regional forms use. A revision 2 event reads
 * with each nonzero number as its category (others as {@code OTHER} without a name), and with no
 * counts when it had none; a zero was the form's blank, not a count.
 */
public class HeldEventCategoriesUpcaster extends SingleEventUpcaster {

    private static final String OLD_REVISION = "2";
    private static final String NEW_REVISION = "3";
    private static final String HELD_EVENT_RECORDED = HeldEventRecordedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return OLD_REVISION.equals(event.getType().getRevision()) && HELD_EVENT_RECORDED.equals(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(HELD_EVENT_RECORDED, NEW_REVISION), JsonNode.class, payload -> {
            if (payload.path("event") instanceof ObjectNode held) {
                held.set("participants", categories(held.path("participants")));
            }
            return payload;
        });
    }

    private static ArrayNode categories(JsonNode counts) {
        if (counts instanceof ArrayNode already) {
            return already;
        }
        ArrayNode categories = JsonNodeFactory.instance.arrayNode();
        if (counts.isObject()) {
            add(categories, ParticipantCategory.TEACHERS, counts.path("teachers"));
            add(categories, ParticipantCategory.STUDENTS, counts.path("students"));
            add(categories, ParticipantCategory.PARENTS, counts.path("parents"));
            add(categories, ParticipantCategory.OTHER, counts.path("others"));
        }
        return categories;
    }

    private static void add(ArrayNode categories, ParticipantCategory category, JsonNode count) {
        if (count.isNumber() && count.asInt() > 0) {
            categories.addObject().put("category", category.name()).putNull("name").put("count", count.asInt());
        }
    }
}
