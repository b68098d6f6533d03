package ru.edu.innovation.query.documents;

import java.util.Optional;
import java.util.List;
import ru.edu.innovation.query.card.Decision;
import ru.edu.innovation.query.card.AttachmentView;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectCardHistory;
import ru.edu.innovation.query.card.ReportVersion;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Finds what a report document is drawn from. A submitted report is drawn as one of its frozen
 * versions: the project as it stood at the event the version is based on, and the sections the
 * school submitted in the version's own event, both checked against the stored events first. A draft
 * is drawn from the card of the period's last day.
 */
@Component
public class ReportDocuments {

    private final ProjectAccess access;
    private final ProjectCardHistory history;
    private final ReportVersions versions;
    private final Clock clock;

    public ReportDocuments(ProjectAccess access, ProjectCardHistory history, ReportVersions versions, Clock clock) {
        this.access = access;
        this.history = history;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Version {@code number} of the report (the latest when null) as it was submitted, with the
     * institute's conclusion on that version once given; {@link ReportVersionTamperedException} when
     * its stored events no longer give what was submitted.
     */
    public ReportDocument ofReport(String projectId, String reportId, Integer number) {
        ReportView report = ReportVersions.report(access.readableCard(projectId, null), projectId, reportId);
        ReportVersion version = ReportVersions.version(report, number);
        ReportVersions.CheckedVersion checked = versions.check(projectId, reportId, version);
        if (!checked.verified()) {
            throw new ReportVersionTamperedException(reportId, version.number(), checked.failure());
        }
        ProjectCard asSubmitted = history.atSequence(projectId, version.basedOnSequence())
                .orElseThrow(() -> new ReportVersionTamperedException(reportId, version.number(),
                        "нет события " + version.basedOnSequence() + ", на котором основана версия"));
        List<Decision> steps = report.decisionsOn(version.number());
        return ReportDrawing.draw(asSubmitted, report.reportingPeriod(), report.kind(), checked.sections(),
                steps, attachmentsOf(report, steps), reportId, clock.getZone());
    }

    /**
     * The files that went with a version: the school attaches them while the version is with it (before
     * signing), so those attached after the version came back for revision belong to the next one.
     */
    private static List<AttachmentView> attachmentsOf(ReportView report, List<Decision> stepsOnVersion) {
        Optional<Instant> returned = stepsOnVersion.stream()
                .filter(step -> "RETURN_FOR_REVISION".equals(step.decision()))
                .map(Decision::at)
                .findFirst();
        return report.attachments().stream()
                .filter(file -> returned.isEmpty() || file.attachedAt().isBefore(returned.get()))
                .toList();
    }

    /**
     * A draft for a period no report covers yet, from the project as it stood at the end of the
     * period's last day (or now, for a period not over yet).
     */
    public ReportDocument draft(String projectId, LocalDate from, LocalDate to, ReportKind kind) {
        if (from.isAfter(to)) {
            throw new InvalidQueryException("from: начало периода " + ReportDrawing.DATE.format(from)
                    + " позже его окончания " + ReportDrawing.DATE.format(to));
        }
        access.requireReadable(projectId);
        Instant endOfPeriod = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
        Instant moment = endOfPeriod.isAfter(clock.instant()) ? clock.instant() : endOfPeriod;
        ProjectCard card = history.at(projectId, moment).orElseThrow(() -> new InvalidQueryException(
                "to: на " + ReportDrawing.DATE.format(to) + " проект ещё не был зарегистрирован"));
        return ReportDrawing.draw(card, new Period(from, to), kind, null, null, clock.getZone());
    }
}
