package ru.edu.innovation.query.documents;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectCardHistory;
import ru.edu.innovation.query.card.ReportView;
import ru.edu.innovation.query.reports.ReportNotFoundException;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.ProjectAccess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * Finds what a report document is drawn from: the project's card (the live one for a submitted
 * report, the one of the period's last day for a draft) and the sections the school typed, which
 * stay in the event history and are not kept on the card.
 */
@Component
public class ReportDocuments {

    private final ProjectAccess access;
    private final ProjectCardHistory history;
    private final EventStore eventStore;
    private final Clock clock;

    public ReportDocuments(ProjectAccess access, ProjectCardHistory history, EventStore eventStore, Clock clock) {
        this.access = access;
        this.history = history;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** The report as recorded: its period and kind, the school's latest sections, the institute's conclusion. */
    public ReportDocument ofReport(String projectId, String reportId) {
        ProjectCard card = access.readableCard(projectId, null);
        ReportView report = card.reports().get(reportId);
        if (report == null) {
            throw new ReportNotFoundException(projectId, reportId);
        }
        return ReportDrawing.draw(card, report.reportingPeriod(), report.kind(), latestSections(projectId, reportId),
                reportId, clock.getZone());
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

    private ReportSections latestSections(String projectId, String reportId) {
        ReportSections sections = null;
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId).asStream().iterator();
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof ReportSubmittedEvent submitted && submitted.reportId().equals(reportId)) {
                sections = submitted.submission().sections();
            } else if (payload instanceof ReportResubmittedEvent resubmitted && resubmitted.reportId().equals(reportId)) {
                sections = resubmitted.sections();
            }
        }
        return sections;
    }
}
