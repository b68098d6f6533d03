package ru.edu.innovation.command.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.spring.stereotype.Aggregate;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.plan.RegisterNormativeActCommand;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.AssignReviewingInstituteCommand;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.CompleteProjectCommand;
import ru.edu.innovation.api.project.ExpertDecisionRecordedEvent;
import ru.edu.innovation.api.project.MinistryDecisionRecordedEvent;
import ru.edu.innovation.api.project.ProjectCompletedEvent;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ProjectDraftUpdatedEvent;
import ru.edu.innovation.api.project.RecordExpertDecisionCommand;
import ru.edu.innovation.api.project.RecordMinistryDecisionCommand;
import ru.edu.innovation.api.project.RegisterProjectDraftCommand;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.project.SignApplicationCommand;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.api.project.UpdateProjectDraftCommand;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.report.ResubmitReportCommand;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.api.report.SignReportCommand;
import ru.edu.innovation.api.report.SubmitReportCommand;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.RecordApprovalCancelledCommand;
import ru.edu.innovation.api.review.RecordReviewOverdueCommand;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.ReviewStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.AssignStatusCommand;
import ru.edu.innovation.api.status.ExtendStatusCommand;
import ru.edu.innovation.api.status.RevokeStatusCommand;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.api.status.StatusExtendedEvent;
import ru.edu.innovation.api.status.StatusRevokedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An innovation project and everything recorded while it runs. One aggregate keeps the rules that
 * span the application, the status, the stages, the plan and the reports in one place.
 * Each command handler returns the project's version after its events.
 */
@Aggregate(snapshotTriggerDefinition = "projectSnapshotTrigger", cache = "projectCache",
        commandTargetResolver = "expectedVersionCommandTargetResolver")
// Snapshots are serialized with Jackson from the fields; the aggregate has no getters on purpose.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class InnovationProject {

    @AggregateIdentifier
    private String projectId;
    private ProjectPhase phase;
    private ProjectDetails details;
    private String submittedBy;
    private String signedBy;
    private String expert;
    /** The institute that reviews the project; none for a project stored before institutes were named. */
    private String reviewingInstitute;
    private LocalDate statusValidTo;
    private int currentStage;
    private List<StageState> stages = new ArrayList<>();
    private Map<String, ActivityState> activities = new HashMap<>();
    private Set<String> heldEventIds = new HashSet<>();
    private Map<String, IndicatorState> indicators = new HashMap<>();
    private Set<String> normativeActIds = new HashSet<>();
    private Map<String, ReportState> reports = new HashMap<>();

    protected InnovationProject() {
        // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    }

    // ---- application -------------------------------------------------------------------------

    @CommandHandler
    public InnovationProject(RegisterProjectDraftCommand command, MetaData metaData, OrganizationMembers members) {
        Actor actor = Actor.from(metaData);
        requireSchoolOf(actor, command.details().leadOrganization().id());
        requireConsistentPlan(command.details());
        requireSignatoriesOfTheSchool(command.details(), members);
        apply(new ProjectDraftRegisteredEvent(command.projectId(), command.details()));
    }

    @CommandHandler
    public long handle(UpdateProjectDraftCommand command, MetaData metaData, OrganizationMembers members) {
        requireOwnSchool(Actor.from(metaData));
        requireOpen();
        requireEditable();
        if (!leadOrganizationId().equals(command.details().leadOrganization().id())) {
            throw violation("LEAD_ORGANIZATION_FIXED",
                    "Ведущую организацию проекта изменить нельзя: заведите новый проект");
        }
        requireConsistentPlan(command.details());
        requireSignatoriesOfTheSchool(command.details(), members);
        apply(new ProjectDraftUpdatedEvent(projectId, command.details()));
        return version();
    }

    @CommandHandler
    public long handle(SubmitApplicationCommand command, MetaData metaData, KnownInstitutes institutes) {
        Actor actor = Actor.from(metaData);
        requireOwnSchool(actor);
        requireOpen();
        requireEditable();
        requireComplete(details);
        String institute = command.reviewingInstituteId();
        if (institute == null && reviewingInstitute == null) {
            throw violation("REVIEWING_INSTITUTE_REQUIRED",
                    "Укажите институт, который проводит экспертизу заявки (reviewingInstituteId)");
        }
        String name = institute == null ? null : instituteName(institutes, institute);
        apply(new ApplicationSubmittedEvent(projectId, details.levelAppliedFor(), leadOrganizationId(), actor.userId()));
        if (institute != null && !institute.equals(reviewingInstitute)) {
            apply(new ReviewingInstituteAssignedEvent(projectId, institute, name, actor.userId()));
        }
        return version();
    }

    /**
     * The ministry names the reviewing institute, or moves the project to another one, as long as the
     * institute has not decided on the application; a project stored before institutes were named
     * gets its institute at any time.
     */
    @CommandHandler
    public long handle(AssignReviewingInstituteCommand command, MetaData metaData, KnownInstitutes institutes) {
        Actor actor = Actor.from(metaData);
        requireRole(actor, Role.MINISTRY);
        requireOpen();
        String name = instituteName(institutes, command.instituteId());
        if (reviewingInstitute != null && !phase.isBeforeInstituteDecision()) {
            throw violation("INSTITUTE_REVIEW_DECIDED",
                    "Институт уже принял решение по заявке: сменить институт, проводящий экспертизу, нельзя");
        }
        if (!command.instituteId().equals(reviewingInstitute)) {
            apply(new ReviewingInstituteAssignedEvent(projectId, command.instituteId(), name, actor.userId()));
        }
        return version();
    }

    @CommandHandler
    public long handle(SignApplicationCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireOwnSchool(actor);
        requireOpen();
        if (phase != ProjectPhase.SUBMITTED) {
            throw notAwaiting("подписи руководителя", "Заявка");
        }
        requireSignatory(actor, submittedBy, "заявку");
        apply(new ApplicationSignedEvent(projectId, actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(RecordExpertDecisionCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRole(actor, Role.INSTITUTE);
        requireReviewingInstitute(actor);
        requireOpen();
        if (phase != ProjectPhase.SIGNED) {
            throw notAwaiting("экспертизы института", "Заявка");
        }
        requireFourEyes(actor, submittedBy, signedBy);
        apply(new ExpertDecisionRecordedEvent(projectId, command.review(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(AssignStatusCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRole(actor, Role.MINISTRY);
        requireOpen();
        requireAwaitingMinistry();
        requireFourEyes(actor, expert);
        apply(new StatusAssignedEvent(projectId, command.order(), actor.userId()));
        StagePlan first = details.stages().get(0);
        apply(new StageStartedEvent(projectId, 1, first.name()));
        return version();
    }

    @CommandHandler
    public long handle(RecordMinistryDecisionCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRole(actor, Role.MINISTRY);
        requireOpen();
        requireAwaitingMinistry();
        if (command.review().decision() == ReviewDecision.APPROVE) {
            throw violation("APPROVAL_REQUIRES_ORDER",
                    "Одобрение заявки оформляется приказом о присвоении статуса (номер, дата, срок действия)");
        }
        requireFourEyes(actor, expert);
        apply(new MinistryDecisionRecordedEvent(projectId, command.review(), actor.userId()));
        return version();
    }

    // ---- status ------------------------------------------------------------------------------

    @CommandHandler
    public long handle(ExtendStatusCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRole(actor, Role.MINISTRY);
        requireOpen();
        requireActive();
        if (!command.extension().validTo().isAfter(statusValidTo)) {
            throw violation("EXTENSION_NOT_LATER",
                    "Продление должно переносить окончание статуса позже " + statusValidTo);
        }
        apply(new StatusExtendedEvent(projectId, command.extension(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(RevokeStatusCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRole(actor, Role.MINISTRY);
        requireOpen();
        requireActive();
        apply(new StatusRevokedEvent(projectId, command.revocation(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(CompleteProjectCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRole(actor, Role.MINISTRY);
        requireOpen();
        requireActive();
        if (stages.stream().anyMatch(stage -> !stage.completed())) {
            throw violation("STAGES_NOT_COMPLETED", "Проект завершается только после утверждения всех этапов");
        }
        boolean finalReportAccepted = reports.values().stream()
                .anyMatch(report -> report.kind() == ReportKind.FINAL && report.step() == ReviewStep.ACCEPTED);
        if (!finalReportAccepted) {
            throw violation("FINAL_REPORT_NOT_ACCEPTED", "Проект завершается только после принятия итогового отчёта");
        }
        apply(new ProjectCompletedEvent(projectId, command.completion(), actor.userId()));
        return version();
    }

    // ---- plan, events held, normative acts ---------------------------------------------------

    @CommandHandler
    public long handle(PlanActivityCommand command, MetaData metaData) {
        requireRunningForOwnSchool(Actor.from(metaData));
        requireNew(activities.keySet(), command.activityId(), "Мероприятие");
        ActivityPlan plan = command.plan();
        if (plan.taskNumber() > details.tasks().size()) {
            throw violation("UNKNOWN_TASK", "В проекте " + details.tasks().size() + " задач, задачи №"
                    + plan.taskNumber() + " нет");
        }
        requireInsideProject(plan.deadline(), "Срок мероприятия");
        if (plan.startDate() != null) {
            requireInsideProject(plan.startDate(), "Начало мероприятия");
        }
        apply(new ActivityPlannedEvent(projectId, command.activityId(), plan));
        return version();
    }

    @CommandHandler
    public long handle(RecordHeldEventCommand command, MetaData metaData, Clock clock) {
        requireRunningForOwnSchool(Actor.from(metaData));
        requireNew(heldEventIds, command.heldEventId(), "Мероприятие");
        HeldEvent event = command.event();
        requireInsideProject(event.date(), "Дата мероприятия");
        if (event.date().isAfter(LocalDate.now(clock))) {
            throw violation("DATE_IN_FUTURE", "Проведённое мероприятие не может быть датировано будущим числом");
        }
        if (event.activityId() != null && !activities.containsKey(event.activityId())) {
            throw violation("UNKNOWN_ACTIVITY", "В плане нет мероприятия " + event.activityId());
        }
        apply(new HeldEventRecordedEvent(projectId, command.heldEventId(), event));
        return version();
    }

    @CommandHandler
    public long handle(RecordActivityDeviationCommand command, MetaData metaData) {
        requireRunningForOwnSchool(Actor.from(metaData));
        ActivityState activity = activities.get(command.activityId());
        if (activity == null) {
            throw new UnknownProjectPartException("В плане нет мероприятия " + command.activityId());
        }
        if (activity.deviationRecorded()) {
            throw violation("DEVIATION_ALREADY_RECORDED",
                    "Отклонение по мероприятию «" + activity.plan().title() + "» уже записано");
        }
        apply(new ActivityDeviationRecordedEvent(projectId, command.activityId(), command.deviation()));
        return version();
    }

    @CommandHandler
    public long handle(RegisterNormativeActCommand command, MetaData metaData) {
        requireRunningForOwnSchool(Actor.from(metaData));
        requireNew(normativeActIds, command.actId(), "Локальный акт");
        apply(new NormativeActRegisteredEvent(projectId, command.actId(), command.act()));
        return version();
    }

    // ---- indicators --------------------------------------------------------------------------

    @CommandHandler
    public long handle(DefineIndicatorCommand command, MetaData metaData) {
        requireRunningForOwnSchool(Actor.from(metaData));
        requireNew(indicators.keySet(), command.indicatorId(), "Показатель");
        apply(new IndicatorDefinedEvent(projectId, command.indicatorId(), command.definition()));
        return version();
    }

    @CommandHandler
    public long handle(RecordIndicatorValueCommand command, MetaData metaData) {
        requireRunningForOwnSchool(Actor.from(metaData));
        IndicatorState indicator = indicators.get(command.indicatorId());
        if (indicator == null) {
            throw new UnknownProjectPartException("В проекте нет показателя " + command.indicatorId());
        }
        Period period = command.value().period();
        requireInsideProject(period, "Период значения показателя");
        if (indicator.recordedPeriods().contains(period)) {
            throw violation("INDICATOR_VALUE_ALREADY_RECORDED", "Значение показателя «" + indicator.definition().name()
                    + "» за период " + period.from() + " – " + period.to() + " уже записано");
        }
        apply(new IndicatorValueRecordedEvent(projectId, command.indicatorId(), command.value()));
        return version();
    }

    // ---- reports -----------------------------------------------------------------------------

    @CommandHandler
    public long handle(SubmitReportCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRunningForOwnSchool(actor);
        requireNew(reports.keySet(), command.reportId(), "Отчёт");
        ReportKind kind = command.submission().kind();
        Period period = command.submission().reportingPeriod();
        requireInsideProject(period, "Отчётный период");
        boolean slotTaken = reports.values().stream()
                .anyMatch(report -> report.sameSlot(kind, period) && report.step() != ReviewStep.RETURNED);
        if (slotTaken) {
            throw violation("DUPLICATE_REPORT", "Отчёт этого вида за период " + period.from() + " – " + period.to()
                    + " уже подан; новый можно подать только вместо возвращённого");
        }
        if (kind == ReportKind.FINAL && currentStage != stages.size()) {
            throw violation("FINAL_REPORT_NOT_IN_LAST_STAGE", "Итоговый отчёт подаётся только на последнем этапе проекта");
        }
        apply(new ReportSubmittedEvent(projectId, command.reportId(), command.submission(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(SignReportCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireOwnSchool(actor);
        requireOpen();
        ReportState report = report(command.reportId());
        if (report.step() != ReviewStep.AWAITING_SIGNATURE) {
            throw notAwaiting("подписи руководителя", "Отчёт");
        }
        requireSignatory(actor, report.submittedBy(), "отчёт");
        apply(new ReportSignedEvent(projectId, report.reportId(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(ReviewReportCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireReviewer(actor, command.level());
        requireOpen();
        ReportState report = report(command.reportId());
        requireReturnOrApprove(command.review(), "Отчёт");
        requireAwaitingReviewBy(actor, command.level(), report.step(), "Отчёт", report.actors());
        apply(new ReportReviewedEvent(projectId, report.reportId(), command.level(), command.review(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(ResubmitReportCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireOwnSchool(actor);
        requireOpen();
        ReportState report = report(command.reportId());
        if (report.step() != ReviewStep.RETURNED) {
            throw violation("REPORT_NOT_RETURNED", "Повторно подать можно только возвращённый на доработку отчёт");
        }
        apply(new ReportResubmittedEvent(projectId, report.reportId(), command.sections(), actor.userId()));
        return version();
    }

    // ---- stages ------------------------------------------------------------------------------

    @CommandHandler
    public long handle(RequestStageCompletionCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireRunningForOwnSchool(actor);
        StageState stage = stage(command.stageNumber());
        if (stage.completed()) {
            throw violation("STAGE_ALREADY_COMPLETED", "Этап «" + stage.name() + "» уже завершён");
        }
        if (stage.number() != currentStage) {
            throw violation("STAGE_OUT_OF_ORDER", "Этапы завершаются по порядку: сейчас идёт этап №" + currentStage);
        }
        if (stage.completionPending()) {
            throw violation("STAGE_COMPLETION_PENDING", "Завершение этапа «" + stage.name() + "» уже на рассмотрении");
        }
        apply(new StageCompletionRequestedEvent(projectId, stage.number(), command.request(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(ReviewStageCompletionCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireReviewer(actor, command.level());
        requireOpen();
        StageState stage = stage(command.stageNumber());
        requireReturnOrApprove(command.review(), "Завершение этапа");
        requireAwaitingReviewBy(actor, command.level(), stage.completionStep(), "Завершение этапа", stage.actors());
        apply(new StageCompletionReviewedEvent(projectId, stage.number(), command.level(), command.review(),
                actor.userId()));
        if (command.level() == ReviewLevel.MINISTRY && command.review().decision() == ReviewDecision.APPROVE) {
            apply(new StageCompletedEvent(projectId, stage.number()));
            if (stage.number() < stages.size()) {
                apply(new StageStartedEvent(projectId, stage.number() + 1, stages.get(stage.number()).name()));
            }
        }
        return version();
    }

    // ---- deadlines ---------------------------------------------------------------------------

    @CommandHandler
    public long handle(RecordReviewOverdueCommand command, MetaData metaData) {
        requireRole(Actor.from(metaData), Role.SYSTEM);
        requireOpen();
        ReviewStep current = switch (command.item()) {
            case APPLICATION -> switch (phase) {
                case SIGNED -> ReviewStep.AWAITING_INSTITUTE;
                case EXPERT_APPROVED -> ReviewStep.AWAITING_MINISTRY;
                default -> null;
            };
            case REPORT -> report(command.itemId()).step();
            case STAGE_COMPLETION -> stage(command.itemId()).completionStep();
        };
        if (current != awaitedStep(command.level())) {
            throw notAwaiting(reviewBy(command.level()), "Рассмотрение");
        }
        apply(new ReviewOverdueRecordedEvent(projectId, command.item(), command.itemId(), command.level(),
                command.dueAt(), command.escalatedTo()));
        return version();
    }

    /**
     * An approval chain deleted from outside returns its item to the school rather than leaving
     * the project waiting for a decision nobody can take. The deletion is never refused here.
     */
    @CommandHandler
    public long handle(RecordApprovalCancelledCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SYSTEM)) {
            throw new ProjectAccessDeniedException("Процесс согласования отменяет только администратор");
        }
        switch (command.item()) {
            case APPLICATION -> { }
            case REPORT -> report(command.itemId());
            case STAGE_COMPLETION -> stage(command.itemId());
        }
        apply(new ApprovalCancelledEvent(projectId, command.item(), command.itemId(), command.processInstanceId(),
                actor.userId()));
        return version();
    }

    // ---- rules shared by the handlers --------------------------------------------------------

    /**
     * A command sent with the version the client read is refused as stale before any rule is
     * checked, so the client learns it must reload rather than a rule the newer state happens to
     * break. Axon itself checks the expected version only after the handler ran.
     */
    @CommandHandlerInterceptor
    void requireExpectedVersion(CommandMessage<?> command) {
        Object expected = command.getMetaData().get(MetaDataKeys.EXPECTED_VERSION);
        Long current = AggregateLifecycle.getVersion();
        if (expected != null && current != null) {
            long expectedVersion = Long.parseLong(expected.toString());
            if (expectedVersion < current) {
                throw new ConflictingAggregateVersionException(projectId, expectedVersion, current);
            }
        }
    }

    private static void requireSchoolOf(Actor actor, String organizationId) {
        requireRole(actor, Role.SCHOOL);
        if (!organizationId.equals(actor.organizationId())) {
            throw new ProjectAccessDeniedException(
                    "Организация пользователя не является ведущей организацией проекта");
        }
    }

    private void requireOwnSchool(Actor actor) {
        requireSchoolOf(actor, leadOrganizationId());
    }

    /**
     * The application and reports are signed by the leader bound by login in the project's details,
     * or the deputy named there, and never by the user who submitted them. A project that went past
     * the draft before logins were bound keeps the earlier rule: any user of the lead organization
     * other than the submitter.
     */
    private void requireSignatory(Actor actor, String submitter, String what) {
        String leader = loginOf(details.leader());
        String deputy = loginOf(details.deputy());
        if (leader != null || deputy != null) {
            if (!actor.userId().equals(leader) && !actor.userId().equals(deputy)) {
                throw new NotProjectSignatoryException("Подписать " + what + " может только руководитель проекта"
                        + (deputy == null ? "" : " или его заместитель") + ", указанные в заявке; пользователь «"
                        + actor.userId() + "» к ним не относится");
            }
        }
        if (actor.userId().equals(submitter)) {
            throw violation("FOUR_EYES", "Пользователь «" + actor.userId() + "» подал " + what
                    + " и сам подписать не может: подписывает другой человек");
        }
    }

    private static String loginOf(Person person) {
        return person == null || person.login() == null || person.login().isBlank() ? null : person.login();
    }

    /** The leader and deputy bound by login must log in for the lead organization, or nobody could sign. */
    private static void requireSignatoriesOfTheSchool(ProjectDetails details, OrganizationMembers members) {
        for (Person person : Arrays.asList(details.leader(), details.deputy())) {
            String login = loginOf(person);
            if (login != null && !members.belongsTo(login, details.leadOrganization().id())) {
                throw violation("SIGNATORY_NOT_IN_ORGANIZATION", "«" + person.fullName() + "» с логином «" + login
                        + "» не найден среди пользователей ведущей организации: подписывать заявку и отчёты"
                        + " может только её пользователь");
            }
        }
    }

    /** Everything a review needs, named all at once when something is missing. */
    private static void requireComplete(ProjectDetails details) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (details.goal() == null || details.goal().isBlank()) {
            missing.put("goal", "цель проекта");
        }
        if (details.tasks().isEmpty()) {
            missing.put("tasks", "задачи проекта");
        }
        if (details.period() == null) {
            missing.put("period", "период реализации проекта");
        }
        if (details.stages().isEmpty()) {
            missing.put("stages", "этапы проекта");
        }
        if (details.leader() == null) {
            missing.put("leader", "руководитель проекта (с логином в системе)");
        } else if (loginOf(details.leader()) == null) {
            missing.put("leader.login", "логин руководителя проекта в системе");
        }
        if (details.deputy() != null && loginOf(details.deputy()) == null) {
            missing.put("deputy.login", "логин заместителя руководителя в системе");
        }
        if (!missing.isEmpty()) {
            throw new ApplicationIncompleteException(missing);
        }
    }

    private static void requireRole(Actor actor, Role role) {
        if (!actor.is(role)) {
            throw new ProjectAccessDeniedException("Этот шаг выполняет роль " + role + ", а не " + actor.role());
        }
    }

    private void requireReviewer(Actor actor, ReviewLevel level) {
        requireRole(actor, level == ReviewLevel.INSTITUTE ? Role.INSTITUTE : Role.MINISTRY);
        if (level == ReviewLevel.INSTITUTE) {
            requireReviewingInstitute(actor);
        }
    }

    /** An institute decides only on the projects it reviews (any institute on a project stored before they were named). */
    private void requireReviewingInstitute(Actor actor) {
        if (reviewingInstitute != null && !reviewingInstitute.equals(actor.organizationId())) {
            throw new ProjectAccessDeniedException("NOT_REVIEWING_INSTITUTE",
                    "Экспертизу этого проекта проводит другой институт: решение принимает только он");
        }
    }

    private static String instituteName(KnownInstitutes institutes, String instituteId) {
        return institutes.nameOf(instituteId).orElseThrow(() -> violation("UNKNOWN_INSTITUTE",
                "«" + instituteId + "» не является институтом, известным системе: выберите институт из списка"));
    }

    private void requireRunningForOwnSchool(Actor actor) {
        requireOwnSchool(actor);
        requireOpen();
        requireActive();
    }

    private void requireOpen() {
        if (phase.isClosed()) {
            throw violation("PROJECT_CLOSED", switch (phase) {
                case REJECTED -> "Заявка отклонена: проект больше не принимает изменений";
                case REVOKED -> "Статус площадки досрочно прекращён: проект больше не принимает изменений";
                default -> "Проект завершён и больше не принимает изменений";
            });
        }
    }

    private void requireEditable() {
        if (!phase.isEditable()) {
            throw violation("NOT_A_DRAFT", "Изменять и подавать можно только черновик или возвращённую на доработку заявку");
        }
    }

    private void requireActive() {
        if (phase != ProjectPhase.ACTIVE) {
            throw violation("STATUS_NOT_ASSIGNED",
                    "Статус инновационной площадки ещё не присвоен: планировать и отчитываться пока нельзя");
        }
    }

    private void requireAwaitingMinistry() {
        if (phase != ProjectPhase.EXPERT_APPROVED) {
            throw notAwaiting("решения министерства", "Заявка");
        }
    }

    /** A review at {@code level} needs the item to wait for that level and a reviewer who has not acted on it yet. */
    private static void requireAwaitingReviewBy(Actor actor, ReviewLevel level, ReviewStep step, String what,
                                                List<String> earlierActors) {
        if (step != awaitedStep(level)) {
            throw notAwaiting(reviewBy(level), what);
        }
        requireFourEyes(actor, earlierActors.toArray(String[]::new));
    }

    private static ReviewStep awaitedStep(ReviewLevel level) {
        return level == ReviewLevel.INSTITUTE ? ReviewStep.AWAITING_INSTITUTE : ReviewStep.AWAITING_MINISTRY;
    }

    private static String reviewBy(ReviewLevel level) {
        return level == ReviewLevel.INSTITUTE ? "рассмотрения в институте" : "рассмотрения в министерстве";
    }

    private static void requireFourEyes(Actor actor, String... earlierActors) {
        for (String earlier : earlierActors) {
            if (actor.userId().equals(earlier)) {
                throw violation("FOUR_EYES", "Пользователь «" + actor.userId()
                        + "» уже участвовал в предыдущем шаге и не может принимать решение на следующем");
            }
        }
    }

    private static void requireReturnOrApprove(Review review, String what) {
        if (review.decision() == ReviewDecision.REJECT) {
            throw violation("REJECT_NOT_ALLOWED", what + " можно одобрить или вернуть на доработку, но не отклонить");
        }
    }

    private static void requireNew(Set<String> existing, String id, String what) {
        if (existing.contains(id)) {
            throw violation("ALREADY_EXISTS", what + " с идентификатором " + id + " уже есть в проекте");
        }
    }

    private void requireInsideProject(LocalDate date, String what) {
        if (!details.period().contains(date)) {
            throw outsideProject(what);
        }
    }

    private void requireInsideProject(Period period, String what) {
        if (!details.period().contains(period)) {
            throw outsideProject(what);
        }
    }

    private ProjectRuleViolationException outsideProject(String what) {
        return violation("OUTSIDE_PROJECT_PERIOD", what + " выходит за период реализации проекта "
                + details.period().from() + " – " + details.period().to());
    }

    private static void requireConsistentPlan(ProjectDetails details) {
        Period previous = null;
        for (StagePlan stage : details.stages()) {
            // A draft may name its stages before its period; submission asks for the period.
            if (details.period() != null && !details.period().contains(stage.period())) {
                throw violation("INVALID_STAGES", "Этап «" + stage.name() + "» выходит за период реализации проекта");
            }
            if (previous != null && !stage.period().from().isAfter(previous.to())) {
                throw violation("INVALID_STAGES", "Этапы должны идти по порядку и не пересекаться: «"
                        + stage.name() + "» начинается до окончания предыдущего");
            }
            previous = stage.period();
        }
        Set<String> participants = new HashSet<>();
        details.participants().forEach(participant -> {
            if (!participants.add(participant.organization().id())) {
                throw violation("DUPLICATE_PARTICIPANT",
                        "Организация «" + participant.organization().fullName() + "» указана среди участников дважды");
            }
        });
    }

    private ReportState report(String reportId) {
        ReportState report = reports.get(reportId);
        if (report == null) {
            throw new UnknownProjectPartException("В проекте нет отчёта " + reportId);
        }
        return report;
    }

    private StageState stage(int number) {
        if (number < 1 || number > stages.size()) {
            throw new UnknownProjectPartException("В проекте нет этапа №" + number);
        }
        return stages.get(number - 1);
    }

    private StageState stage(String number) {
        try {
            return stage(Integer.parseInt(number));
        } catch (NumberFormatException notANumber) {
            throw new UnknownProjectPartException("В проекте нет этапа «" + number + "»");
        }
    }

    private String leadOrganizationId() {
        return details.leadOrganization().id();
    }

    private static ProjectRuleViolationException notAwaiting(String decision, String what) {
        return violation("NOT_AWAITING_DECISION", what + " сейчас не ожидает " + decision);
    }

    private static ProjectRuleViolationException violation(String code, String message) {
        return new ProjectRuleViolationException(code, message);
    }

    private static long version() {
        return Objects.requireNonNull(AggregateLifecycle.getVersion(), "an applied event gives the aggregate a version");
    }

    // ---- state changes -----------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProjectDraftRegisteredEvent event) {
        projectId = event.projectId();
        details = event.details();
        phase = ProjectPhase.DRAFT;
    }

    @EventSourcingHandler
    void on(ProjectDraftUpdatedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ApplicationSubmittedEvent event) {
        phase = ProjectPhase.SUBMITTED;
        submittedBy = event.submittedBy();
        signedBy = null;
        expert = null;
    }

    @EventSourcingHandler
    void on(ReviewingInstituteAssignedEvent event) {
        reviewingInstitute = event.instituteId();
    }

    @EventSourcingHandler
    void on(ApplicationSignedEvent event) {
        phase = ProjectPhase.SIGNED;
        signedBy = event.signedBy();
    }

    @EventSourcingHandler
    void on(ExpertDecisionRecordedEvent event) {
        expert = event.expert();
        phase = switch (event.review().decision()) {
            case APPROVE -> ProjectPhase.EXPERT_APPROVED;
            case RETURN_FOR_REVISION -> ProjectPhase.RETURNED;
            case REJECT -> ProjectPhase.REJECTED;
        };
    }

    @EventSourcingHandler
    void on(MinistryDecisionRecordedEvent event) {
        phase = event.review().decision() == ReviewDecision.REJECT ? ProjectPhase.REJECTED : ProjectPhase.RETURNED;
    }

    @EventSourcingHandler
    void on(StatusAssignedEvent event) {
        phase = ProjectPhase.ACTIVE;
        statusValidTo = event.order().validTo();
        stages = new ArrayList<>();
        List<StagePlan> planned = details.stages();
        for (int i = 0; i < planned.size(); i++) {
            stages.add(StageState.planned(i + 1, planned.get(i).name(), planned.get(i).period()));
        }
    }

    @EventSourcingHandler
    void on(StatusExtendedEvent event) {
        statusValidTo = event.extension().validTo();
    }

    @EventSourcingHandler
    void on(StatusRevokedEvent event) {
        phase = ProjectPhase.REVOKED;
    }

    @EventSourcingHandler
    void on(ProjectCompletedEvent event) {
        phase = ProjectPhase.COMPLETED;
    }

    @EventSourcingHandler
    void on(ActivityPlannedEvent event) {
        activities.put(event.activityId(), new ActivityState(event.plan(), false, false));
    }

    @EventSourcingHandler
    void on(HeldEventRecordedEvent event) {
        heldEventIds.add(event.heldEventId());
        String activityId = event.event().activityId();
        if (activityId != null) {
            activities.computeIfPresent(activityId, (id, activity) -> activity.fulfil());
        }
    }

    @EventSourcingHandler
    void on(ActivityDeviationRecordedEvent event) {
        activities.computeIfPresent(event.activityId(), (id, activity) -> activity.withDeviation());
    }

    @EventSourcingHandler
    void on(NormativeActRegisteredEvent event) {
        normativeActIds.add(event.actId());
    }

    @EventSourcingHandler
    void on(IndicatorDefinedEvent event) {
        indicators.put(event.indicatorId(), new IndicatorState(event.definition(), List.of()));
    }

    @EventSourcingHandler
    void on(IndicatorValueRecordedEvent event) {
        indicators.computeIfPresent(event.indicatorId(), (id, indicator) -> indicator.withValueFor(event.value().period()));
    }

    @EventSourcingHandler
    void on(ReportSubmittedEvent event) {
        reports.put(event.reportId(), new ReportState(event.reportId(), event.submission().kind(),
                event.submission().reportingPeriod(), ReviewStep.AWAITING_SIGNATURE, event.submittedBy(), null, null));
    }

    @EventSourcingHandler
    void on(ReportSignedEvent event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> report.signedBy(event.signedBy()));
    }

    @EventSourcingHandler
    void on(ReportReviewedEvent event) {
        boolean approved = event.review().decision() == ReviewDecision.APPROVE;
        reports.computeIfPresent(event.reportId(), (id, report) -> {
            if (!approved) {
                return report.withStep(ReviewStep.RETURNED);
            }
            return event.level() == ReviewLevel.INSTITUTE
                    ? report.acceptedByInstitute(event.reviewer())
                    : report.withStep(ReviewStep.ACCEPTED);
        });
    }

    @EventSourcingHandler
    void on(ReportResubmittedEvent event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> report.resubmittedBy(event.submittedBy()));
    }

    @EventSourcingHandler
    void on(StageStartedEvent event) {
        currentStage = event.stageNumber();
    }

    @EventSourcingHandler
    void on(StageCompletionRequestedEvent event) {
        replaceStage(event.stageNumber(), stage -> stage.requestedBy(event.requestedBy()));
    }

    @EventSourcingHandler
    void on(StageCompletionReviewedEvent event) {
        boolean approved = event.review().decision() == ReviewDecision.APPROVE;
        replaceStage(event.stageNumber(), stage -> {
            if (!approved) {
                return stage.returned();
            }
            return event.level() == ReviewLevel.INSTITUTE ? stage.approvedByInstitute(event.reviewer()) : stage;
        });
    }

    @EventSourcingHandler
    void on(StageCompletedEvent event) {
        replaceStage(event.stageNumber(), StageState::complete);
    }

    @EventSourcingHandler
    void on(ApprovalCancelledEvent event) {
        switch (event.item()) {
            case APPLICATION -> {
                if (phase == ProjectPhase.SUBMITTED || phase == ProjectPhase.SIGNED || phase == ProjectPhase.EXPERT_APPROVED) {
                    phase = ProjectPhase.RETURNED;
                }
            }
            case REPORT -> reports.computeIfPresent(event.itemId(), (id, report) ->
                    report.step() == ReviewStep.ACCEPTED ? report : report.withStep(ReviewStep.RETURNED));
            case STAGE_COMPLETION -> {
                int number = Integer.parseInt(event.itemId());
                if (number >= 1 && number <= stages.size() && stages.get(number - 1).completionPending()) {
                    replaceStage(number, StageState::returned);
                }
            }
        }
    }

    private void replaceStage(int number, UnaryOperator<StageState> change) {
        stages.set(number - 1, change.apply(stages.get(number - 1)));
    }
}
