package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ProjectDraftUpdatedEvent;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;

import java.util.Set;

/**
 * Revision 1 of the events that carry a project's details or a report's sections knew no login of a
 * person and no deputy of the leader; revision 2 has both. An event stored before reads as revision 2
 * with them empty: nobody's login was bound then.
 */
public class PersonLoginUpcaster extends SingleEventUpcaster {

    private static final String OLD_REVISION = "1";
    private static final String NEW_REVISION = "2";
    private static final Set<String> PROJECT_DETAILS_EVENTS =
            Set.of(ProjectDraftRegisteredEvent.class.getName(), ProjectDraftUpdatedEvent.class.getName());
    private static final String REPORT_SUBMITTED = ReportSubmittedEvent.class.getName();
    private static final String REPORT_RESUBMITTED = ReportResubmittedEvent.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return OLD_REVISION.equals(event.getType().getRevision())
                && (PROJECT_DETAILS_EVENTS.contains(type) || REPORT_SUBMITTED.equals(type) || REPORT_RESUBMITTED.equals(type));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        return event.upcastPayload(new SimpleSerializedType(type, NEW_REVISION), JsonNode.class, payload -> {
            if (PROJECT_DETAILS_EVENTS.contains(type)) {
                JsonNode details = payload.path("details");
                if (details instanceof ObjectNode node) {
                    withLogin(node.get("leader"));
                    if (!node.has("deputy")) {
                        node.putNull("deputy");
                    }
                    node.path("coordinators").forEach(PersonLoginUpcaster::withLogin);
                    withLogin(node.get("scientificConsultant"));
                }
            } else {
                JsonNode sections = REPORT_SUBMITTED.equals(type)
                        ? payload.path("submission").path("sections") : payload.path("sections");
                withLogin(sections.get("leader"));
            }
            return payload;
        });
    }

    private static void withLogin(JsonNode person) {
        if (person instanceof ObjectNode node && !node.has("login")) {
            node.putNull("login");
        }
    }
}
