package ru.edu.innovation.command.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.AttachReportFileCommand;
import ru.edu.innovation.api.report.DetachReportFileCommand;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.report.ResubmitReportCommand;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.api.report.SignReportCommand;
import ru.edu.innovation.api.report.SubmitReportCommand;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.HashChainLinks;
import ru.edu.innovation.command.kernel.MembersById;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.command.review.ReviewChain;
import ru.edu.innovation.platform.integrity.ReportContentDigest;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The project's reports. Who may act on a report, and whether the project allows it, is checked here
 * before the report is looked up; what the report itself allows, by the {@link Report}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Reports {

    @MembersById(missing = "В проекте нет отчёта %s")
    private Map<String, Report> reports = new HashMap<>();

    @CommandHandler
    public long handle(SubmitReportCommand command, MetaData metaData, ProjectContext project, HashChainLinks links) {
        Actor actor = Actor.from(metaData);
        project.authorizeSchool(actor);
        project.requireRunning();
        if (reports.containsKey(command.reportId())) {
            throw Refusals.alreadyExists("Отчёт", command.reportId());
        }
        ReportKind kind = command.submission().kind();
        Period period = command.submission().reportingPeriod();
        project.requireInsideProject(period, "Отчётный период");
        boolean slotTaken = reports.values().stream().anyMatch(report -> report.holdsSlot(kind, period));
        if (slotTaken) {
            throw Refusals.violation("DUPLICATE_REPORT", "Отчёт этого вида за период " + period.from() + " – "
                    + period.to() + " уже подан; новый можно подать только вместо возвращённого");
        }
        if (kind == ReportKind.FINAL && project.currentStage() != project.stageCount()) {
            throw Refusals.violation("FINAL_REPORT_NOT_IN_LAST_STAGE",
                    "Итоговый отчёт подаётся только на последнем этапе проекта");
        }
        long basedOn = project.version();
        String digest = ReportContentDigest.of(command.submission().sections(), links.linkOf(project.projectId(), basedOn));
        apply(new ReportSubmittedEvent(project.projectId(), command.reportId(), command.submission(), actor.userId(),
                Report.FIRST_VERSION, basedOn, digest));
        return project.version();
    }

    @CommandHandlerInterceptor
    void admitSignature(SignReportCommand command, MetaData metaData, ProjectContext project) {
        project.authorizeSchool(Actor.from(metaData));
        project.requireOpen();
    }

    @CommandHandlerInterceptor
    void admitReview(ReviewReportCommand command, MetaData metaData, ProjectContext project) {
        project.authorizeReviewer(Actor.from(metaData), command.level());
        project.requireOpen();
    }

    @CommandHandlerInterceptor
    void admitResubmission(ResubmitReportCommand command, MetaData metaData, ProjectContext project) {
        project.authorizeSchool(Actor.from(metaData));
        project.requireOpen();
    }

    @CommandHandlerInterceptor
    void admitAttachment(AttachReportFileCommand command, MetaData metaData, ProjectContext project) {
        project.authorizeSchool(Actor.from(metaData));
        project.requireOpen();
    }

    @CommandHandlerInterceptor
    void admitDetachment(DetachReportFileCommand command, MetaData metaData, ProjectContext project) {
        project.authorizeSchool(Actor.from(metaData));
        project.requireOpen();
    }

    /** Whether the final report has been accepted by the ministry. */
    public boolean finalReportAccepted() {
        return reports.values().stream().anyMatch(Report::acceptedAsFinal);
    }

    /** The review round of report {@code reportId}. */
    public ReviewChain chain(String reportId) {
        Report report = reports.get(reportId);
        if (report == null) {
            throw new UnknownProjectPartException("В проекте нет отчёта " + reportId);
        }
        return report.chain();
    }

    @EventSourcingHandler
    void on(ReportSubmittedEvent event) {
        reports.put(event.reportId(), new Report(event.reportId(), event.submission().kind(),
                event.submission().reportingPeriod(), ReviewChain.submittedBy(event.submittedBy()),
                event.version() == null ? Report.FIRST_VERSION : event.version()));
    }

    @EventSourcingHandler
    void on(ApprovalCancelledEvent event) {
        if (event.item() == ReviewedItem.REPORT) {
            Report report = reports.get(event.itemId());
            if (report != null) {
                report.cancelled();
            }
        }
    }
}
