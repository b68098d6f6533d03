package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;

/**
 * Revision 1 of {@link NormativeActRegisteredEvent} always had the act's date: every act was adopted
 * when it was registered. Revision 2 may carry a draft without number and date. A revision-1 event
 * reads as revision 2 unchanged, an adopted act, so readers and the feed know one shape.
 */
public class NormativeActDraftUpcaster extends SingleEventUpcaster {

    private static final String TYPE = NormativeActRegisteredEvent.class.getName();
    private static final String OLD_REVISION = "1";
    private static final String NEW_REVISION = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && OLD_REVISION.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(TYPE, NEW_REVISION), JsonNode.class, payload -> payload);
    }
}
