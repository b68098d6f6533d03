package ru.edu.innovation.command.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.AttachReportFileCommand;
import ru.edu.innovation.api.report.DetachReportFileCommand;
import ru.edu.innovation.api.report.ReportFileAttachedEvent;
import ru.edu.innovation.api.report.ReportFileDetachedEvent;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ResubmitReportCommand;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.api.report.SignReportCommand;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.HashChainLinks;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.command.review.ReturnOrApproveOnly;
import ru.edu.innovation.command.review.ReviewChain;
import ru.edu.innovation.command.review.ReviewStep;
import ru.edu.innovation.platform.integrity.ReportContentDigest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A report of the project and its review round: signed by the leader, then the institute, then the ministry. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Report {

    private static final String WHAT = "Отчёт";
    /** The number of the version a report is submitted as; each resubmission adds one. */
    static final int FIRST_VERSION = 1;

    /** The form has eight appendices; some take several files (photos, programmes), so room is left for them. */
    public static final int MAX_ATTACHMENTS = 20;

    @EntityId
    private String reportId;
    private ReportKind kind;
    private Period period;
    private ReviewChain chain;
    /** The files of the version the school prepares, by attachment id: their names, as the school sees them. */
    private Map<String, String> attachments = new LinkedHashMap<>();
    private int version;

    Report() {
        // Jackson needs a no-arg constructor to read the report back from a snapshot.
    }

    Report(String reportId, ReportKind kind, Period period, ReviewChain chain, int version) {
        this.reportId = reportId;
        this.kind = kind;
        this.period = period;
        this.chain = chain;
        this.version = version;
    }

    @CommandHandler
    public long handle(SignReportCommand command, MetaData metaData, ProjectContext project) {
        Actor actor = Actor.from(metaData);
        chain.requireAwaitingSignature(WHAT);
        project.signatories().requireSignatory(actor, chain.submittedBy(), "отчёт");
        apply(new ReportSignedEvent(project.projectId(), reportId, actor.userId()));
        return project.version();
    }

    @CommandHandler
    public long handle(ReviewReportCommand command, MetaData metaData, ProjectContext project) {
        Actor actor = Actor.from(metaData);
        ReturnOrApproveOnly.require(command.review(), WHAT);
        chain.requireAwaitingReview(actor, command.level(), WHAT);
        apply(new ReportReviewedEvent(project.projectId(), reportId, command.level(), command.review(), actor.userId()));
        return project.version();
    }

    @CommandHandler
    public long handle(ResubmitReportCommand command, MetaData metaData, ProjectContext project, HashChainLinks links) {
        if (!chain.awaits(ReviewStep.RETURNED)) {
            throw Refusals.violation("REPORT_NOT_RETURNED", "Повторно подать можно только возвращённый на доработку отчёт");
        }
        long basedOn = project.version();
        apply(new ReportResubmittedEvent(project.projectId(), reportId, command.sections(),
                Actor.from(metaData).userId(), version + 1, basedOn,
                ReportContentDigest.of(command.sections(), links.linkOf(project.projectId(), basedOn))));
        return project.version();
    }

    @CommandHandler
    public long handle(AttachReportFileCommand command, MetaData metaData, ProjectContext project) {
        requireWithSchool();
        if (attachments.containsKey(command.attachmentId())) {
            throw Refusals.alreadyExists("Приложение", command.attachmentId());
        }
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw Refusals.violation("TOO_MANY_ATTACHMENTS",
                    "К отчёту можно приложить не больше " + MAX_ATTACHMENTS + " файлов; удалите ненужные");
        }
        String name = nameKey(command.fileName());
        if (attachments.values().stream().map(Report::nameKey).anyMatch(name::equals)) {
            throw Refusals.violation("DUPLICATE_ATTACHMENT_NAME",
                    "Файл с именем «" + command.fileName() + "» уже приложен к отчёту");
        }
        apply(new ReportFileAttachedEvent(project.projectId(), reportId, command.attachmentId(), command.fileName(),
                command.mediaType(), command.size(), command.sha256(), command.appendix(),
                Actor.from(metaData).userId()));
        return project.version();
    }

    @CommandHandler
    public long handle(DetachReportFileCommand command, MetaData metaData, ProjectContext project) {
        requireWithSchool();
        if (!attachments.containsKey(command.attachmentId())) {
            throw new UnknownProjectPartException("У отчёта нет приложения " + command.attachmentId());
        }
        apply(new ReportFileDetachedEvent(project.projectId(), reportId, command.attachmentId(),
                Actor.from(metaData).userId()));
        return project.version();
    }

    /**
     * Files belong to the version the school prepares: the submitted one until the leader signs it,
     * the next one after a return. Once signed, the version is the reviewers' and stays as it is.
     */
    private void requireWithSchool() {
        if (!chain.awaits(ReviewStep.AWAITING_SIGNATURE) && !chain.awaits(ReviewStep.RETURNED)) {
            throw Refusals.violation("REPORT_NOT_WITH_SCHOOL",
                    "Приложения меняются, пока отчёт у школы: до подписи руководителя или после возврата на доработку");
        }
    }

    /** Names that differ only in letter case are the same file to a person (and to Windows). */
    private static String nameKey(String fileName) {
        return fileName.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether this report takes its kind's place for its period: any report but a returned one does. */
    boolean holdsSlot(ReportKind otherKind, Period otherPeriod) {
        return kind == otherKind && period.equals(otherPeriod) && !chain.awaits(ReviewStep.RETURNED);
    }

    boolean acceptedAsFinal() {
        return kind == ReportKind.FINAL && chain.awaits(ReviewStep.ACCEPTED);
    }

    ReviewChain chain() {
        return chain;
    }

    /** The approval process was deleted: a report not yet accepted goes back to the school. */
    void cancelled() {
        chain = chain.cancelled();
    }

    @EventSourcingHandler
    void on(ReportSignedEvent event) {
        chain = chain.signedBy(event.signedBy());
    }

    @EventSourcingHandler
    void on(ReportReviewedEvent event) {
        chain = chain.decided(event.level(), event.review().decision(), event.reviewer());
    }

    @EventSourcingHandler
    void on(ReportFileAttachedEvent event) {
        attachments.put(event.attachmentId(), event.fileName());
    }

    @EventSourcingHandler
    void on(ReportFileDetachedEvent event) {
        attachments.remove(event.attachmentId());
    }

    @EventSourcingHandler
    void on(ReportResubmittedEvent event) {
        chain = ReviewChain.submittedBy(event.submittedBy());
        // A resubmission stored before versions were frozen carries no number: it is the next one.
        version = event.version() == null ? version + 1 : event.version();
    }

    /** Equal state: Axon's fixture compares the state a command left with the state its events rebuild. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Report other && Objects.equals(reportId, other.reportId) && Objects.equals(kind, other.kind) && Objects.equals(period, other.period) && Objects.equals(chain, other.chain) && Objects.equals(attachments, other.attachments) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reportId, kind, period, chain, attachments, version);
    }
}
