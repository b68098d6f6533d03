package ru.edu.innovation.query.reports;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.query.card.AttachmentView;
import ru.edu.innovation.query.card.Decision;
import ru.edu.innovation.query.card.ReportTitles;
import ru.edu.innovation.query.card.ReportVersion;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.card.ReviewStepState;

import java.time.Instant;
import java.util.List;

/**
 * A report and its way through the chain school → institute → ministry: where it is now
 * ({@code step}) and since when, whether that review is overdue, and every step taken on it, a
 * return and the resubmission after it included, in order; its frozen versions; and the files attached
 * to the version the school prepares (name, type, size, SHA-256, who attached them and when).
 */
public record ReportProgress(String reportId, String title, ReportKind kind, Period reportingPeriod,
                             String periodLabel, ReviewStepState step, Instant stepSince, boolean overdue,
                             List<Decision> decisions, List<ReportVersion> versions,
                             List<AttachmentView> attachments) {

    public static ReportProgress of(ReportView report) {
        return new ReportProgress(report.reportId(), ReportTitles.of(report), report.kind(), report.reportingPeriod(),
                report.reportingPeriod().label(), report.step(), report.stepSince(), report.overdue(),
                List.copyOf(report.decisions()), List.copyOf(report.versions()), List.copyOf(report.attachments()));
    }
}
