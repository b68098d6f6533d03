package ru.edu.innovation.processes.start;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ProjectDraftUpdatedEvent;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.report.ReportSubmittedEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the processes need to show a reviewer and the event that started them does not carry: the
 * project card and a report's current text, read from the project's own stream in the event store.
 */
@Component
public class ProjectHistory {

    private final EventStore eventStore;

    public ProjectHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public ProjectDetails details(String projectId) {
        ProjectDetails details = null;
        for (Object payload : payloads(projectId)) {
            if (payload instanceof ProjectDraftRegisteredEvent registered) {
                details = registered.details();
            } else if (payload instanceof ProjectDraftUpdatedEvent updated) {
                details = updated.details();
            }
        }
        if (details == null) {
            throw new IllegalStateException("project " + projectId + " has no registered draft in the event store");
        }
        return details;
    }

    /** The project's reviewing institute, or empty for a project stored before institutes were named. */
    public Optional<String> reviewingInstitute(String projectId) {
        String institute = null;
        for (Object payload : payloads(projectId)) {
            if (payload instanceof ReviewingInstituteAssignedEvent assigned) {
                institute = assigned.instituteId();
            }
        }
        return Optional.ofNullable(institute);
    }

    public ReportSections currentSections(String projectId, String reportId) {
        return currentVersion(projectId, reportId).sections();
    }

    /** A frozen version of a report: its number and the sections the school submitted in it. */
    public record SubmittedVersion(int number, ReportSections sections) {
    }

    /**
     * The version under review: the latest submission or resubmission. A version stored before
     * versions were frozen carries no number; its place among the report's submissions is its number.
     */
    public SubmittedVersion currentVersion(String projectId, String reportId) {
        SubmittedVersion current = null;
        for (Object payload : payloads(projectId)) {
            int next = current == null ? 1 : current.number() + 1;
            if (payload instanceof ReportSubmittedEvent submitted && submitted.reportId().equals(reportId)) {
                current = new SubmittedVersion(submitted.version() == null ? next : submitted.version(),
                        submitted.submission().sections());
            } else if (payload instanceof ReportResubmittedEvent resubmitted && resubmitted.reportId().equals(reportId)) {
                current = new SubmittedVersion(resubmitted.version() == null ? next : resubmitted.version(),
                        resubmitted.sections());
            }
        }
        if (current == null) {
            throw new IllegalStateException("project " + projectId + " has no report " + reportId + " in the event store");
        }
        return current;
    }

    /** The report as first submitted (its kind and period do not change; its text may have). */
    public ReportSubmission submission(String projectId, String reportId) {
        for (Object payload : payloads(projectId)) {
            if (payload instanceof ReportSubmittedEvent submitted && submitted.reportId().equals(reportId)) {
                return submitted.submission();
            }
        }
        throw new IllegalStateException("project " + projectId + " has no report " + reportId + " in the event store");
    }

    /** An indicator as defined, with the values recorded for it, oldest first. */
    public record Indicator(IndicatorDefinition definition, List<IndicatorValue> values) {
    }

    /** The project's indicators in the order they were defined. */
    public List<Indicator> indicators(String projectId) {
        Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
        Map<String, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (Object payload : payloads(projectId)) {
            if (payload instanceof IndicatorDefinedEvent defined) {
                definitions.put(defined.indicatorId(), defined.definition());
            } else if (payload instanceof IndicatorValueRecordedEvent recorded) {
                values.computeIfAbsent(recorded.indicatorId(), id -> new ArrayList<>()).add(recorded.value());
            }
        }
        return definitions.entrySet().stream()
                .map(entry -> new Indicator(entry.getValue(), values.getOrDefault(entry.getKey(), List.of())))
                .toList();
    }

    /** From the first event: a snapshot would hide the draft and the report texts. */
    private List<Object> payloads(String projectId) {
        return eventStore.readEvents(projectId, 0).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }
}
