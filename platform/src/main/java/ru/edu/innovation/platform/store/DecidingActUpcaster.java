package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.status.StatusAssignedEvent;

/**
 * Revision 1 of {@link StatusAssignedEvent} was written when only the ministry decided: it reads as
 * revision 2 with a ministry order, issued by the organization of the user who recorded it (the event's
 * metadata), or by nobody named when the metadata has none.
 */
public class DecidingActUpcaster extends SingleEventUpcaster {

    private static final String TYPE = StatusAssignedEvent.class.getName();
    private static final String OLD_REVISION = "1";
    private static final String NEW_REVISION = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && OLD_REVISION.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        MetaData metaData = event.getMetaData().getObject();
        Object organization = metaData.get(MetaDataKeys.ORGANIZATION_ID);
        return event.upcastPayload(new SimpleSerializedType(TYPE, NEW_REVISION), JsonNode.class, payload -> {
            if (payload instanceof ObjectNode node) {
                node.put("act", DecidingAct.MINISTRY_ORDER.name());
                if (organization == null) {
                    node.putNull("issuedBy");
                } else {
                    node.put("issuedBy", organization.toString());
                }
            }
            return payload;
        });
    }
}
