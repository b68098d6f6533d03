package ru.edu.innovation.processes.task;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import ru.edu.innovation.api.review.ReviewedItem;

/**
 * What a process instance decides on, read from its business key ({@code <project>},
 * {@code <project>/reports/<report>} or {@code <project>/stages/<n>}, as
 * {@link ru.edu.innovation.processes.start.ApprovalProcessStarter} starts it). Process variables can
 * be written by anyone who may work on a task, so a command never takes its target from them.
 */
public record ProcessTarget(String projectId, String reportId, Integer stageNumber) {

    private static final String REPORTS = "/reports/";
    private static final String STAGES = "/stages/";

    public static ProcessTarget of(DelegateExecution execution) {
        return parse(execution.getProcessBusinessKey());
    }

    public static ProcessTarget parse(String businessKey) {
        if (businessKey == null || businessKey.isBlank()) {
            throw new IllegalStateException("an approval process without a business key");
        }
        int report = businessKey.indexOf(REPORTS);
        if (report > 0) {
            return new ProcessTarget(businessKey.substring(0, report), businessKey.substring(report + REPORTS.length()), null);
        }
        int stage = businessKey.indexOf(STAGES);
        if (stage > 0) {
            return new ProcessTarget(businessKey.substring(0, stage), null,
                    Integer.valueOf(businessKey.substring(stage + STAGES.length())));
        }
        return new ProcessTarget(businessKey, null, null);
    }

    /** The report the process decides on; a process of another kind has none. */
    public String requireReportId() {
        if (reportId == null) {
            throw new IllegalStateException("not a report's approval process: " + projectId);
        }
        return reportId;
    }

    /** The stage the process decides on; a process of another kind has none. */
    public int requireStageNumber() {
        if (stageNumber == null) {
            throw new IllegalStateException("not a stage's approval process: " + projectId);
        }
        return stageNumber;
    }

    /** What the chain decides on, by the kind of its business key. */
    public ReviewedItem reviewedItem() {
        return reportId != null ? ReviewedItem.REPORT : stageNumber != null ? ReviewedItem.STAGE_COMPLETION : ReviewedItem.APPLICATION;
    }

    /** The report id or stage number, as a review's item id; empty for the application. */
    public String itemId() {
        return reportId != null ? reportId : stageNumber != null ? stageNumber.toString() : "";
    }
}
