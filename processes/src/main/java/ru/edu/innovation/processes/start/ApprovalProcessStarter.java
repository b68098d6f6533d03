package ru.edu.innovation.processes.start;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.util.Map;

/**
 * Starts an approval chain when the event that asks for it is stored, and moves a waiting school
 * task on when the school did that step through the REST API. It runs in a subscribing processor,
 * inside the transaction that stores the event: the event and the process instance commit together
 * or not at all. Events caused by a process task carry its id and are left to that process.
 */
@Component
@ProcessingGroup(ApprovalProcessStarter.PROCESSING_GROUP)
public class ApprovalProcessStarter {

    public static final String PROCESSING_GROUP = "approval-processes";
    private static final Logger log = LoggerFactory.getLogger(ApprovalProcessStarter.class);

    private final RuntimeService runtimeService;
    private final ProjectHistory history;

    public ApprovalProcessStarter(RuntimeService runtimeService, ProjectHistory history) {
        this.runtimeService = runtimeService;
        this.history = history;
    }

    @EventHandler
    public void on(ApplicationSubmittedEvent event, MetaData metaData) {
        if (causedByProcess(metaData)) {
            return;
        }
        String projectId = event.projectId();
        if (correlate(ApprovalProcesses.APPLICATION_RESUBMITTED, projectId, Map.of())) {
            return;
        }
        Map<String, Object> variables = ReviewerView.application(projectId, history.details(projectId));
        variables.put("submittedBy", event.submittedBy());
        start(ApprovalProcesses.APPLICATION_PROCESS, projectId, ReviewedItem.APPLICATION, "", variables, metaData);
    }

    @EventHandler
    public void on(ApplicationSignedEvent event, MetaData metaData) {
        if (!causedByProcess(metaData)) {
            requireCorrelated(ApprovalProcesses.APPLICATION_SIGNED, event.projectId(), Map.of());
        }
    }

    @EventHandler
    public void on(ReportSubmittedEvent event, MetaData metaData) {
        startReport(event.projectId(), event.reportId(), event.submission(), event.submittedBy(), metaData);
    }

    @EventHandler
    public void on(ReportSignedEvent event, MetaData metaData) {
        if (!causedByProcess(metaData)) {
            requireCorrelated(ApprovalProcesses.REPORT_SIGNED,
                    ApprovalProcesses.reportBusinessKey(event.projectId(), event.reportId()), Map.of());
        }
    }

    @EventHandler
    public void on(ReportResubmittedEvent event, MetaData metaData) {
        if (causedByProcess(metaData)) {
            return;
        }
        if (correlate(ApprovalProcesses.REPORT_RESUBMITTED,
                ApprovalProcesses.reportBusinessKey(event.projectId(), event.reportId()),
                ReviewerView.sections(event.sections()))) {
            return;
        }
        // No chain waits for it: the last one was deleted and the report came back to the school.
        ReportSubmission original = history.submission(event.projectId(), event.reportId());
        startReport(event.projectId(), event.reportId(),
                new ReportSubmission(original.kind(), original.reportingPeriod(), event.sections()),
                event.submittedBy(), metaData);
    }

    @EventHandler
    public void on(StageCompletionRequestedEvent event, MetaData metaData) {
        if (causedByProcess(metaData)) {
            return;
        }
        String businessKey = ApprovalProcesses.stageBusinessKey(event.projectId(), event.stageNumber());
        if (correlate(ApprovalProcesses.STAGE_COMPLETION_REREQUESTED, businessKey,
                Map.of(ApprovalProcesses.SUMMARY, event.request().summary(), "requestedBy", event.requestedBy()))) {
            return;
        }
        ProjectDetails details = history.details(event.projectId());
        Map<String, Object> variables = ReviewerView.project(event.projectId(), details);
        variables.putAll(ReviewerView.stage(details.stages().get(event.stageNumber() - 1), event.stageNumber(),
                event.request().summary()));
        variables.put("requestedBy", event.requestedBy());
        start(ApprovalProcesses.STAGE_PROCESS, businessKey, ReviewedItem.STAGE_COMPLETION,
                Integer.toString(event.stageNumber()), variables, metaData);
    }

    private void startReport(String projectId, String reportId, ReportSubmission submission, String submittedBy,
                             MetaData metaData) {
        Map<String, Object> variables = ReviewerView.project(projectId, history.details(projectId));
        variables.putAll(ReviewerView.report(submission.kind(), submission.reportingPeriod(), submission.sections()));
        variables.put(ApprovalProcesses.REPORT_ID, reportId);
        variables.put("submittedBy", submittedBy);
        start(ApprovalProcesses.REPORT_PROCESS, ApprovalProcesses.reportBusinessKey(projectId, reportId),
                ReviewedItem.REPORT, reportId, variables, metaData);
    }

    private void start(String processKey, String businessKey, ReviewedItem item, String itemId,
                       Map<String, Object> variables, MetaData metaData) {
        variables.put(ApprovalProcesses.REVIEWED_ITEM, item.name());
        variables.put(ApprovalProcesses.ITEM_ID, itemId);
        Object correlationId = metaData.get(MetaDataKeys.CORRELATION_ID);
        if (correlationId != null) {
            variables.put(ApprovalProcesses.CORRELATION_ID, correlationId.toString());
        }
        runtimeService.startProcessInstanceByKey(processKey, businessKey, variables);
        log.info("Started {} for {}", processKey, businessKey);
    }

    private boolean correlate(String message, String businessKey, Map<String, Object> variables) {
        return !runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlateAllWithResult()
                .isEmpty();
    }

    /**
     * A school step done through the API must move its process on. No waiting task means the
     * chain and the project disagree, which would lose a step: refuse the command instead.
     */
    private void requireCorrelated(String message, String businessKey, Map<String, Object> variables) {
        if (!correlate(message, businessKey, variables)) {
            throw new IllegalStateException("no approval process of " + businessKey + " waits for " + message);
        }
    }

    private static boolean causedByProcess(MetaData metaData) {
        return metaData.containsKey(MetaDataKeys.PROCESS_INSTANCE_ID);
    }
}
