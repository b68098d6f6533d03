package ru.edu.innovation.command.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.ParticipantOrganization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.AssignReviewingInstituteCommand;
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
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.api.project.UpdateProjectDraftCommand;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.RecordApprovalCancelledCommand;
import ru.edu.innovation.api.review.RecordReviewOverdueCommand;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.AssignStatusCommand;
import ru.edu.innovation.api.status.ExtendStatusCommand;
import ru.edu.innovation.api.status.RevokeStatusCommand;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.api.status.StatusExtendedEvent;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.api.status.StatusRevokedEvent;
import ru.edu.innovation.command.contest.Contests;
import ru.edu.innovation.command.dissemination.Disseminations;
import ru.edu.innovation.command.indicator.Indicators;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.ForwardToHandlingMembers;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.ProjectRuleViolationException;
import ru.edu.innovation.command.kernel.Refusals;
import ru.edu.innovation.command.kernel.Signatories;
import ru.edu.innovation.command.network.SubProjects;
import ru.edu.innovation.command.participation.Participation;
import ru.edu.innovation.command.plan.Plan;
import ru.edu.innovation.command.product.Products;
import ru.edu.innovation.command.report.Reports;
import ru.edu.innovation.command.resource.Resources;
import ru.edu.innovation.command.review.ReviewChain;
import ru.edu.innovation.command.review.ReviewStep;
import ru.edu.innovation.command.risk.Risks;
import ru.edu.innovation.command.stage.Stages;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static ru.edu.innovation.command.kernel.Refusals.violation;

/**
 * An innovation project: its draft, its application and the application's review, its status, and
 * the rules that span its parts (no plan nor report before the status, the final report only in the
 * last stage, completion only after every stage and the final report). The plan, the indicators,
 * the reports and the stages are members with their own handlers. Each command handler returns the
 * project's version after its events.
 */
@Aggregate(snapshotTriggerDefinition = "projectSnapshotTrigger", cache = "projectCache",
        commandTargetResolver = "expectedVersionCommandTargetResolver")
// The members' shape is the snapshot's shape: a snapshot of another revision is not read, the project is replayed.
@Revision("5")
// Snapshots are serialized with Jackson from the fields; the aggregate has no getters on purpose.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class InnovationProject implements ProjectContext {

    private static final String APPLICATION = "Заявка";
    private static final String INSTITUTE_DECISION = "экспертизы института";
    private static final String MINISTRY_DECISION = "решения министерства";

    @AggregateIdentifier
    private String projectId;
    private ProjectPhase phase;
    private ProjectDetails details;
    /** The application's review round; none while a draft. */
    private ReviewChain application;
    /** The institute that reviews the project; none for a project stored before institutes were named. */
    private String reviewingInstitute;
    private LocalDate statusValidTo;
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Plan plan = new Plan();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Indicators indicators = new Indicators();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Reports reports = new Reports();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Stages stages = new Stages();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Disseminations disseminations = new Disseminations();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Contests contests = new Contests();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Products products = new Products();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Participation participation = new Participation();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Resources resources = new Resources();
    @AggregateMember(eventForwardingMode = ForwardToHandlingMembers.class)
    private Risks risks = new Risks();
    @AggregateMember
    private SubProjects subProjects = new SubProjects();

    protected InnovationProject() {
        // Axon needs a no-arg constructor to rebuild the aggregate from its events.
    }

    // ---- draft and application ---------------------------------------------------------------

    @CommandHandler
    public InnovationProject(RegisterProjectDraftCommand command, MetaData metaData, OrganizationMembers members) {
        Authorization.requireSchoolOf(Actor.from(metaData), command.details().leadOrganization().id());
        ApplicationPolicies.requireConsistentPlan(command.details());
        ApplicationPolicies.requireSignatoriesOfTheSchool(command.details(), members);
        apply(new ProjectDraftRegisteredEvent(command.projectId(), command.details()));
    }

    @CommandHandler
    public long handle(UpdateProjectDraftCommand command, MetaData metaData, OrganizationMembers members) {
        authorizeSchool(Actor.from(metaData));
        requireOpen();
        requireEditable();
        if (!leadOrganizationId().equals(command.details().leadOrganization().id())) {
            throw violation("LEAD_ORGANIZATION_FIXED",
                    "Ведущую организацию проекта изменить нельзя: заведите новый проект");
        }
        ApplicationPolicies.requireConsistentPlan(command.details());
        ApplicationPolicies.requireSignatoriesOfTheSchool(command.details(), members);
        apply(new ProjectDraftUpdatedEvent(projectId, command.details()));
        return version();
    }

    @CommandHandler
    public long handle(SubmitApplicationCommand command, MetaData metaData, KnownInstitutes institutes,
                       ReviewRoutes routes) {
        Actor actor = Actor.from(metaData);
        authorizeSchool(actor);
        requireOpen();
        requireEditable();
        ApplicationPolicies.requireComplete(details);
        ReviewRoutes.Route route = ApplicationPolicies.requireRoute(details, routes);
        String institute = command.reviewingInstituteId();
        if (route.reviewedByChosenInstitute() && institute == null && reviewingInstitute == null) {
            throw violation("REVIEWING_INSTITUTE_REQUIRED",
                    "Укажите институт, который проводит экспертизу заявки (reviewingInstituteId)");
        }
        String name = institute == null ? null : instituteName(institutes, institute);
        if (institute != null) {
            ApplicationPolicies.requireInstituteOfTheRegion(institute, route, routes);
        }
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
    public long handle(AssignReviewingInstituteCommand command, MetaData metaData, KnownInstitutes institutes,
                       ReviewRoutes routes) {
        Actor actor = Actor.from(metaData);
        Authorization.requireRole(actor, Role.MINISTRY);
        Authorization.requireSameRegion(actor, leadOrganizationId(), routes);
        requireOpen();
        String name = instituteName(institutes, command.instituteId());
        routes.regionOf(leadOrganizationId()).ifPresent(region -> ApplicationPolicies.requireInstituteOfTheRegion(
                command.instituteId(), new ReviewRoutes.Route(region, true), routes));
        if (reviewingInstitute != null && !beforeInstituteDecision()) {
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
        authorizeSchool(actor);
        requireOpen();
        if (phase != ProjectPhase.APPLIED) {
            throw Refusals.notAwaiting("подписи руководителя", APPLICATION);
        }
        application.requireAwaitingSignature(APPLICATION);
        signatories().requireSignatory(actor, application.submittedBy(), "заявку");
        apply(new ApplicationSignedEvent(projectId, actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(RecordExpertDecisionCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        authorizeReviewer(actor, ReviewLevel.INSTITUTE);
        requireOpen();
        requireApplicationAwaiting(actor, ReviewLevel.INSTITUTE, INSTITUTE_DECISION);
        apply(new ExpertDecisionRecordedEvent(projectId, command.review(), actor.userId()));
        return version();
    }

    // ---- the ministry's decision and the status ----------------------------------------------

    @CommandHandler
    public long handle(AssignStatusCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Authorization.requireRole(actor, Role.MINISTRY);
        requireOpen();
        StatusOrder order = command.order();
        requireApplicationAwaiting(actor, ReviewLevel.MINISTRY, MINISTRY_DECISION);
        if (order.validFrom().isAfter(order.validTo())) {
            throw violation("VALIDITY_REVERSED", "Срок действия статуса должен начинаться не позже, чем заканчивается");
        }
        apply(new StatusAssignedEvent(projectId, order, actor.userId(), ApplicationPolicies.decidingAct(details.levelAppliedFor()),
                actor.organizationId()));
        apply(new StageStartedEvent(projectId, 1, details.stages().get(0).name()));
        return version();
    }

    @CommandHandler
    public long handle(RecordMinistryDecisionCommand command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Authorization.requireRole(actor, Role.MINISTRY);
        requireOpen();
        if (!applicationAwaits(ReviewStep.AWAITING_MINISTRY)) {
            throw Refusals.notAwaiting(MINISTRY_DECISION, APPLICATION);
        }
        if (command.review().decision() == ReviewDecision.APPROVE) {
            throw violation("APPROVAL_REQUIRES_ORDER",
                    "Одобрение заявки оформляется приказом о присвоении статуса (номер, дата, срок действия)");
        }
        application.requireAwaitingReview(actor, ReviewLevel.MINISTRY, APPLICATION, MINISTRY_DECISION);
        apply(new MinistryDecisionRecordedEvent(projectId, command.review(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(ExtendStatusCommand command, MetaData metaData, ReviewRoutes routes) {
        Actor actor = Actor.from(metaData);
        Authorization.requireRole(actor, Role.MINISTRY);
        Authorization.requireSameRegion(actor, leadOrganizationId(), routes);
        requireRunning();
        if (!command.extension().validTo().isAfter(statusValidTo)) {
            throw violation("EXTENSION_NOT_LATER", "Продление должно переносить окончание статуса позже " + statusValidTo);
        }
        apply(new StatusExtendedEvent(projectId, command.extension(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(RevokeStatusCommand command, MetaData metaData, ReviewRoutes routes) {
        Actor actor = Actor.from(metaData);
        Authorization.requireRole(actor, Role.MINISTRY);
        Authorization.requireSameRegion(actor, leadOrganizationId(), routes);
        requireRunning();
        apply(new StatusRevokedEvent(projectId, command.revocation(), actor.userId()));
        return version();
    }

    @CommandHandler
    public long handle(CompleteProjectCommand command, MetaData metaData, ReviewRoutes routes) {
        Actor actor = Actor.from(metaData);
        Authorization.requireRole(actor, Role.MINISTRY);
        Authorization.requireSameRegion(actor, leadOrganizationId(), routes);
        requireRunning();
        if (!stages.allCompleted()) {
            throw violation("STAGES_NOT_COMPLETED", "Проект завершается только после утверждения всех этапов");
        }
        if (!reports.finalReportAccepted()) {
            throw violation("FINAL_REPORT_NOT_ACCEPTED", "Проект завершается только после принятия итогового отчёта");
        }
        apply(new ProjectCompletedEvent(projectId, command.completion(), actor.userId()));
        return version();
    }

    // ---- what the approval processes report --------------------------------------------------

    @CommandHandler
    public long handle(RecordReviewOverdueCommand command, MetaData metaData) {
        Authorization.requireRole(Actor.from(metaData), Role.SYSTEM);
        requireOpen();
        ReviewChain chain = switch (command.item()) {
            case APPLICATION -> phase == ProjectPhase.APPLIED ? application : null;
            case REPORT -> reports.chain(command.itemId());
            case STAGE_COMPLETION -> stages.chain(command.itemId());
        };
        if (chain == null || !chain.awaits(ReviewStep.awaiting(command.level()))) {
            throw Refusals.notAwaiting(ReviewChain.reviewBy(command.level()), "Рассмотрение");
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
        Authorization.requireAdministration(actor);
        switch (command.item()) {
            case APPLICATION -> { }
            case REPORT -> reports.chain(command.itemId());
            case STAGE_COMPLETION -> stages.chain(command.itemId());
        }
        apply(new ApprovalCancelledEvent(projectId, command.item(), command.itemId(), command.processInstanceId(),
                actor.userId()));
        return version();
    }

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

    // ---- the project as its members see it ---------------------------------------------------

    @Override
    public String projectId() {
        return projectId;
    }

    @Override
    public void authorizeSchool(Actor actor) {
        Authorization.requireSchoolOf(actor, leadOrganizationId());
    }

    @Override
    public void authorizeSchoolOrParticipant(Actor actor, String organizationId) {
        if (!organizationId.equals(actor.organizationId())) {
            authorizeSchool(actor);
        }
        Authorization.requireRole(actor, Role.SCHOOL);
    }

    @Override
    public void authorizeReviewer(Actor actor, ReviewLevel level) {
        Authorization.requireRole(actor, level == ReviewLevel.INSTITUTE ? Role.INSTITUTE : Role.MINISTRY);
        if (level == ReviewLevel.INSTITUTE) {
            Authorization.requireReviewingInstitute(actor, reviewingInstitute);
        }
    }

    @Override
    public void requireOpen() {
        if (phase.isClosed()) {
            throw violation("PROJECT_CLOSED", switch (phase) {
                case REJECTED -> "Заявка отклонена: проект больше не принимает изменений";
                case REVOKED -> "Статус площадки досрочно прекращён: проект больше не принимает изменений";
                default -> "Проект завершён и больше не принимает изменений";
            });
        }
    }

    @Override
    public void requireRunning() {
        requireOpen();
        if (phase != ProjectPhase.ACTIVE) {
            throw violation("STATUS_NOT_ASSIGNED",
                    "Статус инновационной площадки ещё не присвоен: планировать и отчитываться пока нельзя");
        }
    }

    @Override
    public void requireInsideProject(LocalDate date, String what) {
        if (!details.period().contains(date)) {
            throw outsideProject(what);
        }
    }

    @Override
    public void requireInsideProject(Period period, String what) {
        if (!details.period().contains(period)) {
            throw outsideProject(what);
        }
    }

    @Override
    public boolean hasActivity(String activityId) {
        return plan.hasActivity(activityId);
    }

    @Override
    public Optional<Organization> participant(String organizationId) {
        return details.participants().stream().map(ParticipantOrganization::organization)
                .filter(organization -> organization.id().equals(organizationId)).findFirst();
    }

    @Override
    public Optional<String> subProjectOrganization(String subProjectId) {
        return subProjects.organizationOf(subProjectId);
    }

    @Override
    public Period period() {
        return details.period();
    }

    @Override
    public int taskCount() {
        return details.tasks().size();
    }

    @Override
    public Signatories signatories() {
        return ApplicationPolicies.signatoriesOf(details);
    }

    @Override
    public int currentStage() {
        return stages.current();
    }

    @Override
    public int stageCount() {
        return stages.count();
    }

    @Override
    public String stageName(int number) {
        return details.stages().get(number - 1).name();
    }

    @Override
    public long version() {
        return Objects.requireNonNull(AggregateLifecycle.getVersion(), "an applied event gives the aggregate a version");
    }

    // ---- rules of the project's own life -----------------------------------------------------

    /** A draft, or an application returned for revision, may be changed and submitted. */
    private void requireEditable() {
        if (phase != ProjectPhase.DRAFT && !applicationAwaits(ReviewStep.RETURNED)) {
            throw violation("NOT_A_DRAFT", "Изменять и подавать можно только черновик или возвращённую на доработку заявку");
        }
    }

    /** Before the institute has decided on the application (a return starts its review anew). */
    private boolean beforeInstituteDecision() {
        return phase == ProjectPhase.DRAFT || applicationAwaits(ReviewStep.AWAITING_SIGNATURE)
                || applicationAwaits(ReviewStep.AWAITING_INSTITUTE) || applicationAwaits(ReviewStep.RETURNED);
    }

    private boolean applicationAwaits(ReviewStep step) {
        return phase == ProjectPhase.APPLIED && application.awaits(step);
    }

    private void requireApplicationAwaiting(Actor actor, ReviewLevel level, String decision) {
        if (phase != ProjectPhase.APPLIED) {
            throw Refusals.notAwaiting(decision, APPLICATION);
        }
        application.requireAwaitingReview(actor, level, APPLICATION, decision);
    }

    private static String instituteName(KnownInstitutes institutes, String instituteId) {
        return institutes.nameOf(instituteId).orElseThrow(() -> violation("UNKNOWN_INSTITUTE",
                "«" + instituteId + "» не является институтом, известным системе: выберите институт из списка"));
    }

    private ProjectRuleViolationException outsideProject(String what) {
        return violation("OUTSIDE_PROJECT_PERIOD", what + " выходит за период реализации проекта "
                + details.period().from() + " – " + details.period().to());
    }

    private String leadOrganizationId() {
        return details.leadOrganization().id();
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
        phase = ProjectPhase.APPLIED;
        application = ReviewChain.submittedBy(event.submittedBy());
    }

    @EventSourcingHandler
    void on(ReviewingInstituteAssignedEvent event) {
        reviewingInstitute = event.instituteId();
    }

    @EventSourcingHandler
    void on(ApplicationSignedEvent event) {
        application = application.signedBy(event.signedBy());
    }

    @EventSourcingHandler
    void on(ExpertDecisionRecordedEvent event) {
        decided(ReviewLevel.INSTITUTE, event.review().decision(), event.expert());
    }

    @EventSourcingHandler
    void on(MinistryDecisionRecordedEvent event) {
        decided(ReviewLevel.MINISTRY, event.review().decision(), event.decidedBy());
    }

    @EventSourcingHandler
    void on(StatusAssignedEvent event) {
        application = application.decided(ReviewLevel.MINISTRY, ReviewDecision.APPROVE, event.assignedBy());
        phase = ProjectPhase.ACTIVE;
        statusValidTo = event.order().validTo();
        stages = Stages.planned(details.stages());
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
    void on(ApprovalCancelledEvent event) {
        if (event.item() == ReviewedItem.APPLICATION && phase == ProjectPhase.APPLIED) {
            application = application.cancelled();
        }
    }

    private void decided(ReviewLevel level, ReviewDecision decision, String reviewer) {
        application = application.decided(level, decision, reviewer);
        if (decision == ReviewDecision.REJECT) {
            phase = ProjectPhase.REJECTED;
        }
    }
}
