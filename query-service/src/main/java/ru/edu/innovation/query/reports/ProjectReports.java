package ru.edu.innovation.query.reports;

import ru.edu.innovation.query.card.ProjectCard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A project's reports by reporting period; a report submitted again for the same period after a
 * return comes after the first one.
 */
public record ProjectReports(String projectId, long version, List<ReportProgress> reports) {

    public static ProjectReports of(ProjectCard card) {
        return new ProjectReports(card.projectId(), card.version(), card.reports().values().stream()
                .map(ReportProgress::of)
                .sorted(Comparator.comparing((ReportProgress report) -> report.reportingPeriod().from())
                        .thenComparing(report -> report.reportingPeriod().to())
                        .thenComparing(ReportProgress::kind)
                        .thenComparing(ProjectReports::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReportProgress::reportId))
                .toList());
    }

    private static Instant submittedAt(ReportProgress report) {
        return report.decisions().isEmpty() ? null : report.decisions().get(0).at();
    }
}
