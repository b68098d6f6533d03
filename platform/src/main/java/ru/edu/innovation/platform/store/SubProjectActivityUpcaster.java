package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;

/**
 * Revision 2 of {@link ActivityPlannedEvent} knew no sub-projects: every activity was the project's
 * own. It reads as revision 3 with no sub-project. It runs after {@link PlanUpcaster}, so a
 * revision-1 activity reaches revision 3 through both.
 */
public class SubProjectActivityUpcaster extends SingleEventUpcaster {

    private static final String TYPE = ActivityPlannedEvent.class.getName();
    private static final String OLD_REVISION = "2";
    private static final String NEW_REVISION = "3";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && OLD_REVISION.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(TYPE, NEW_REVISION), JsonNode.class, payload -> {
            if (payload instanceof ObjectNode activity && !activity.has("subProjectId")) {
                activity.putNull("subProjectId");
            }
            return payload;
        });
    }
}
