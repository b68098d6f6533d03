package ru.edu.innovation.query.card;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's place in the approval chain, every step taken on it and the files attached to it. The report's text stays in
 * the event history; the card keeps what the registry and the reviewers' overview need.
 */
public record ReportView(String reportId, ReportKind kind, Period reportingPeriod, ReviewStepState step,
                         Instant stepSince, boolean overdue, List<Decision> decisions,
                         List<AttachmentView> attachments) {

    public ReportView {
        decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
        // Cards stored before reports had attachments read back with none.
        attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
    }

    ReportView at(ReviewStepState next, Instant since) {
        return new ReportView(reportId, kind, reportingPeriod, next, since, false, decisions, attachments);
    }

    ReportView markedOverdue() {
        return new ReportView(reportId, kind, reportingPeriod, step, stepSince, true, decisions, attachments);
    }
}
