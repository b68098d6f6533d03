package ru.edu.innovation.processes;

/**
 * Keys, messages and variable names shared by the BPMN files under {@code resources/bpmn}, the forms
 * under {@code resources/forms} and the Java glue. Change a name here only together with those files.
 */
public final class ApprovalProcesses {

    public static final String APPLICATION_PROCESS = "statusApplication";
    public static final String REPORT_PROCESS = "reportApproval";
    public static final String STAGE_PROCESS = "stageCompletion";

    /** Messages that move a school task on when the school did the step through the REST API. */
    public static final String APPLICATION_SIGNED = "ApplicationSigned";
    public static final String APPLICATION_RESUBMITTED = "ApplicationResubmitted";
    public static final String REPORT_SIGNED = "ReportSigned";
    public static final String REPORT_RESUBMITTED = "ReportResubmitted";
    public static final String STAGE_COMPLETION_REREQUESTED = "StageCompletionRerequested";

    public static final String PROJECT_ID = "projectId";
    public static final String REPORT_ID = "reportId";
    public static final String STAGE_NUMBER = "stageNumber";
    public static final String ORGANIZATION_ID = "organizationId";
    public static final String ORGANIZATION_NAME = "organizationName";
    public static final String PROJECT_THEME = "projectTheme";
    public static final String CORRELATION_ID = "correlationId";
    /** What the chain decides on, a {@link ru.edu.innovation.api.review.ReviewedItem} name. */
    public static final String REVIEWED_ITEM = "reviewedItem";
    /** The report id or stage number the chain decides on; empty for the application. */
    public static final String ITEM_ID = "itemId";

    public static final String INSTITUTE_DECISION = "instituteDecision";
    public static final String INSTITUTE_CONCLUSION = "instituteConclusion";
    public static final String MINISTRY_DECISION = "ministryDecision";
    public static final String MINISTRY_CONCLUSION = "ministryConclusion";
    public static final String RETURNED_BY = "returnedBy";
    public static final String RETURN_CONCLUSION = "returnConclusion";
    public static final String SIGNATURE_CONFIRMED = "signatureConfirmed";
    public static final String ORDER_NUMBER = "orderNumber";
    public static final String ORDER_DATE = "orderDate";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    public static final String LEVEL_APPLIED_FOR = "levelAppliedFor";
    public static final String SUMMARY = "summary";

    /** Input parameters of the service tasks that record a review or handle its deadline. */
    public static final String REVIEW_LEVEL = "reviewLevel";
    public static final String REVIEW_TASK = "reviewTask";

    private ApprovalProcesses() {
    }

    public static String reportBusinessKey(String projectId, String reportId) {
        return projectId + "/reports/" + reportId;
    }

    public static String stageBusinessKey(String projectId, int stageNumber) {
        return projectId + "/stages/" + stageNumber;
    }
}
