package ru.edu.innovation.command.project;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportKind;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** What the project remembers of a report to decide on the next step. */
record ReportState(String reportId, ReportKind kind, Period period, ReviewStep step,
                   String submittedBy, String signedBy, String instituteReviewer) {

    ReportState withStep(ReviewStep next) {
        return new ReportState(reportId, kind, period, next, submittedBy, signedBy, instituteReviewer);
    }

    ReportState signedBy(String leader) {
        return new ReportState(reportId, kind, period, ReviewStep.AWAITING_INSTITUTE, submittedBy, leader, null);
    }

    ReportState acceptedByInstitute(String reviewer) {
        return new ReportState(reportId, kind, period, ReviewStep.AWAITING_MINISTRY, submittedBy, signedBy, reviewer);
    }

    ReportState resubmittedBy(String submitter) {
        return new ReportState(reportId, kind, period, ReviewStep.AWAITING_SIGNATURE, submitter, null, null);
    }

    /** Everyone who has acted on this submission of the report so far. */
    List<String> actors() {
        return Stream.of(submittedBy, signedBy, instituteReviewer).filter(Objects::nonNull).toList();
    }

    boolean sameSlot(ReportKind otherKind, Period otherPeriod) {
        return kind == otherKind && period.equals(otherPeriod);
    }
}
