package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;

import java.util.List;
import java.util.Set;

/**
 * Revision 2 of a report's submission and resubmission froze no version: revision 3 carries the
 * version's number, the event it is based on and its digest. An event stored before reads as
 * revision 3 with the three empty: it was submitted before versions were frozen, and its number
 * follows from its order among the report's submissions.
 */
public class ReportVersionUpcaster extends SingleEventUpcaster {

    private static final String OLD_REVISION = "2";
    private static final String NEW_REVISION = "3";
    private static final Set<String> REPORT_VERSIONS =
            Set.of(ReportSubmittedEvent.class.getName(), ReportResubmittedEvent.class.getName());
    private static final List<String> VERSION_FIELDS = List.of("version", "basedOnSequence", "contentSha256");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return OLD_REVISION.equals(event.getType().getRevision()) && REPORT_VERSIONS.contains(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), NEW_REVISION), JsonNode.class,
                payload -> {
                    if (payload instanceof ObjectNode node) {
                        VERSION_FIELDS.stream().filter(field -> !node.has(field)).forEach(node::putNull);
                    }
                    return payload;
                });
    }
}
