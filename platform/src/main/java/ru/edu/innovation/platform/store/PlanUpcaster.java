package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;

/**
 * Revision 1 of the plan's events knew a one-off activity only, a deviation with one management
 * action as text, and a held event without presenters, host, direction, audience or month. Each
 * reads as revision 2: the activity with no timing and no series, the one action as a list of one
 * citing no act, the held event with those lists empty and those fields absent.
 */
public class PlanUpcaster extends SingleEventUpcaster {

    private static final String OLD_REVISION = "1";
    private static final String NEW_REVISION = "2";
    private static final String ACTIVITY_PLANNED = ActivityPlannedEvent.class.getName();
    private static final String DEVIATION_RECORDED = ActivityDeviationRecordedEvent.class.getName();
    private static final String HELD_EVENT_RECORDED = HeldEventRecordedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return OLD_REVISION.equals(event.getType().getRevision())
                && (ACTIVITY_PLANNED.equals(type) || DEVIATION_RECORDED.equals(type) || HELD_EVENT_RECORDED.equals(type));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return event.upcastPayload(new SimpleSerializedType(type, NEW_REVISION), JsonNode.class, payload -> {
            if (ACTIVITY_PLANNED.equals(type) && payload.path("plan") instanceof ObjectNode plan) {
                putNullIfAbsent(plan, "timing");
                putNullIfAbsent(plan, "plannedSessions");
            } else if (DEVIATION_RECORDED.equals(type) && payload.path("deviation") instanceof ObjectNode deviation) {
                ArrayNode actions = JsonNodeFactory.instance.arrayNode();
                JsonNode action = deviation.remove("managementAction");
                if (action != null && action.isTextual() && !action.asText().isBlank()) {
                    actions.addObject().put("description", action.asText()).putNull("normativeActId");
                }
                deviation.set("managementActions", actions);
            } else if (HELD_EVENT_RECORDED.equals(type) && payload.path("event") instanceof ObjectNode held) {
                putNullIfAbsent(held, "month");
                if (!held.has("presenters")) {
                    held.putArray("presenters");
                }
                putNullIfAbsent(held, "hostOrganization");
                putNullIfAbsent(held, "direction");
                if (!held.has("audience")) {
                    held.putArray("audience");
                }
            }
            return payload;
        });
    }

    private static void putNullIfAbsent(ObjectNode node, String field) {
        if (!node.has(field)) {
            node.putNull(field);
        }
    }
}
