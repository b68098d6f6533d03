package ru.edu.innovation.query.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.contest.ContestEntryRecordedEvent;
import ru.edu.innovation.api.dissemination.DisseminationRecordedEvent;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.ActivityCancelledEvent;
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.OrganizationParticipationRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantCountsRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.participation.TeamMemberRecordedEvent;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.network.SubProjectRegisteredEvent;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActAdoptedEvent;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.api.product.ProductRecordedEvent;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ExpertDecisionRecordedEvent;
import ru.edu.innovation.api.project.MinistryDecisionRecordedEvent;
import ru.edu.innovation.api.project.ProjectCompletedEvent;
import ru.edu.innovation.api.project.ProjectCompletion;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ProjectDraftUpdatedEvent;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.report.ReportFileAttachedEvent;
import ru.edu.innovation.api.report.ReportFileDetachedEvent;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.ResourceRecordedEvent;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.risk.RiskMonitoringRecordedEvent;
import ru.edu.innovation.api.risk.RiskRecordedEvent;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.status.StatusExtendedEvent;
import ru.edu.innovation.api.status.StatusExtension;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.api.status.StatusRevocation;
import ru.edu.innovation.api.status.StatusRevokedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything the read side knows about one project, folded from its events in order. The same
 * fold keeps the live card in the database and answers «the project as it stood at a moment» by
 * replaying the stream up to it, so the two can never disagree. Stored as one JSON document.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProjectCard {

    private String projectId;
    private long version = -1;
    private Instant registeredAt;
    private Instant updatedAt;
    private ProjectStatus status;
    private StatusLevel level;
    private ProjectDetails details;
    private StatusOrder statusOrder;
    /** The kind of act that assigned the status and the organization that issued it (ministry, institute, municipal authority). */
    private DecidingAct statusAct;
    private String statusIssuedBy;
    private List<StatusExtension> statusExtensions = new ArrayList<>();
    private StatusRevocation revocation;
    private ProjectCompletion completion;
    private Instant statusSince;
    private boolean applicationOverdue;
    /** The institute that reviews the project; none for a project stored before institutes were named. */
    private ReviewingInstitute reviewingInstitute;
    private List<Decision> application = new ArrayList<>();
    private int currentStage;
    private List<StageView> stages = new ArrayList<>();
    private Map<String, ActivityView> activities = new LinkedHashMap<>();
    private List<HeldEventView> unplannedEvents = new ArrayList<>();
    private Map<String, NormativeAct> normativeActs = new LinkedHashMap<>();
    private Map<String, IndicatorView> indicators = new LinkedHashMap<>();
    private Map<String, ReportView> reports = new LinkedHashMap<>();
    private Map<String, DisseminationView> dissemination = new LinkedHashMap<>();
    private Map<String, ContestEntryView> contestEntries = new LinkedHashMap<>();
    private Map<String, ProductView> products = new LinkedHashMap<>();

    /** What the school records of its running project: participants, resources, risks with their monitoring. */
    private Map<String, ParticipantsByCategory> participantCounts = new LinkedHashMap<>();
    private Map<String, OrganizationParticipation> participantOrganizations = new LinkedHashMap<>();
    private Map<String, TeamMemberProfile> team = new LinkedHashMap<>();
    private Map<String, ProjectResource> resources = new LinkedHashMap<>();
    private Map<String, RiskView> risks = new LinkedHashMap<>();
    /** The participants' sub-projects of a network project; a card stored before them reads with none. */
    private Map<String, SubProjectView> subProjects = new LinkedHashMap<>();
    /**
     * How the card folds each kind of event of a project's stream: one typed handler per event class.
     * An event of a class in neither this table nor {@link #IGNORED} is refused ({@link #apply}), so
     * the projection parks it instead of showing a card that silently missed it; a test checks every
     * event of the api against both.
     */
    private static final Map<Class<?>, Fold<?>> FOLDS = folds();
    /**
     * Events of a project's stream the card deliberately does not show: folding one only moves the
     * card's version and moment. None today; an event added here says in a comment why the card has
     * nothing to show of it.
     */
    private static final Set<Class<?>> IGNORED = Set.of();

    @FunctionalInterface
    private interface Fold<E> {
        void apply(ProjectCard card, E event, EventContext context);
    }

    private static Map<Class<?>, Fold<?>> folds() {
        Map<Class<?>, Fold<?>> folds = new HashMap<>();
        fold(folds, ProjectDraftRegisteredEvent.class, ProjectCard::on);
        fold(folds, ProjectDraftUpdatedEvent.class, ProjectCard::on);
        fold(folds, ApplicationSubmittedEvent.class, ProjectCard::on);
        fold(folds, ReviewingInstituteAssignedEvent.class, ProjectCard::on);
        fold(folds, ApplicationSignedEvent.class, ProjectCard::on);
        fold(folds, ExpertDecisionRecordedEvent.class, ProjectCard::on);
        fold(folds, MinistryDecisionRecordedEvent.class, ProjectCard::on);
        fold(folds, StatusAssignedEvent.class, ProjectCard::on);
        fold(folds, StatusExtendedEvent.class, ProjectCard::on);
        fold(folds, StatusRevokedEvent.class, ProjectCard::on);
        fold(folds, ProjectCompletedEvent.class, ProjectCard::on);
        fold(folds, StageStartedEvent.class, ProjectCard::on);
        fold(folds, StageCompletionRequestedEvent.class, ProjectCard::on);
        fold(folds, StageCompletionReviewedEvent.class, ProjectCard::on);
        fold(folds, StageCompletedEvent.class, ProjectCard::on);
        fold(folds, ActivityPlannedEvent.class, ProjectCard::on);
        fold(folds, HeldEventRecordedEvent.class, ProjectCard::on);
        fold(folds, ActivityDeviationRecordedEvent.class, ProjectCard::on);
        fold(folds, ActivityAmendedEvent.class, ProjectCard::on);
        fold(folds, ActivityCancelledEvent.class, ProjectCard::on);
        fold(folds, NormativeActRegisteredEvent.class, ProjectCard::on);
        fold(folds, NormativeActAdoptedEvent.class, ProjectCard::on);
        fold(folds, IndicatorDefinedEvent.class, ProjectCard::on);
        fold(folds, IndicatorValueRecordedEvent.class, ProjectCard::on);
        fold(folds, ReportSubmittedEvent.class, ProjectCard::on);
        fold(folds, ReportSignedEvent.class, ProjectCard::on);
        fold(folds, ReportReviewedEvent.class, ProjectCard::on);
        fold(folds, ReportResubmittedEvent.class, ProjectCard::on);
        fold(folds, ReportFileAttachedEvent.class, ProjectCard::on);
        fold(folds, ReportFileDetachedEvent.class, ProjectCard::on);
        fold(folds, ReviewOverdueRecordedEvent.class, ProjectCard::on);
        fold(folds, ApprovalCancelledEvent.class, ProjectCard::on);
        fold(folds, DisseminationRecordedEvent.class, ProjectCard::on);
        fold(folds, ContestEntryRecordedEvent.class, ProjectCard::on);
        fold(folds, ProductRecordedEvent.class, ProjectCard::on);
        fold(folds, ParticipantCountsRecordedEvent.class, ProjectCard::on);
        fold(folds, OrganizationParticipationRecordedEvent.class, ProjectCard::on);
        fold(folds, TeamMemberRecordedEvent.class, ProjectCard::on);
        fold(folds, ResourceRecordedEvent.class, ProjectCard::on);
        fold(folds, RiskRecordedEvent.class, ProjectCard::on);
        fold(folds, RiskMonitoringRecordedEvent.class, ProjectCard::on);
        fold(folds, SubProjectRegisteredEvent.class, ProjectCard::on);
        return Map.copyOf(folds);
    }

    private static <E> void fold(Map<Class<?>, Fold<?>> folds, Class<E> type, Fold<E> fold) {
        folds.put(type, fold);
    }

    /** The event classes the card folds, each with a handler of its own. */
    public static Set<Class<?>> foldedEvents() {
        return FOLDS.keySet();
    }

    /** The event classes the card deliberately does not show (only its version moves past them). */
    public static Set<Class<?>> ignoredEvents() {
        return IGNORED;
    }

    /**
     * Applies one event of the project's stream through the handler of its class; an event the card
     * was never taught is refused ({@link UnknownEventException}) and leaves the card as it was.
     */
    @SuppressWarnings("unchecked")
    public ProjectCard apply(Object event, EventContext context) {
        Fold<Object> fold = (Fold<Object>) FOLDS.get(event.getClass());
        if (fold == null && !IGNORED.contains(event.getClass())) {
            throw new UnknownEventException(event.getClass());
        }
        version = context.sequence();
        updatedAt = context.at();
        if (fold != null) {
            fold.apply(this, event, context);
        }
        return this;
    }

    /** An event of a class the card has no handler for and does not ignore on purpose. */
    public static final class UnknownEventException extends IllegalArgumentException {

        UnknownEventException(Class<?> type) {
            super("the project card has no handler for " + type.getName());
        }
    }

    private void on(ProjectDraftRegisteredEvent registered, EventContext context) {
        projectId = registered.projectId();
        registeredAt = context.at();
        details = registered.details();
        level = details.levelAppliedFor();
        moveTo(ProjectStatus.DRAFT, context);
        stages = plannedStages(details);
    }

    private void on(ProjectDraftUpdatedEvent updated, EventContext context) {
        details = updated.details();
        level = details.levelAppliedFor();
        stages = plannedStages(details);
    }

    private void on(ApplicationSubmittedEvent submitted, EventContext context) {
        moveTo(ProjectStatus.SUBMITTED, context);
        application.add(step("SUBMITTED", null, context));
    }

    private void on(ReviewingInstituteAssignedEvent assigned, EventContext context) {
        reviewingInstitute = new ReviewingInstitute(assigned.instituteId(), assigned.instituteName());
    }

    private void on(ApplicationSignedEvent signed, EventContext context) {
        moveTo(ProjectStatus.AT_INSTITUTE, context);
        application.add(step("SIGNED", null, context));
    }

    private void on(ExpertDecisionRecordedEvent expert, EventContext context) {
        application.add(review("INSTITUTE", expert.review(), context));
        moveTo(switch (expert.review().decision()) {
            case APPROVE -> ProjectStatus.AT_MINISTRY;
            case RETURN_FOR_REVISION -> ProjectStatus.RETURNED;
            case REJECT -> ProjectStatus.REJECTED;
        }, context);
    }

    private void on(MinistryDecisionRecordedEvent ministry, EventContext context) {
        application.add(review("MINISTRY", ministry.review(), context));
        moveTo(ministry.review().decision() == ReviewDecision.REJECT
                ? ProjectStatus.REJECTED : ProjectStatus.RETURNED, context);
    }

    private void on(StatusAssignedEvent assigned, EventContext context) {
        statusOrder = assigned.order();
        statusAct = assigned.act();
        statusIssuedBy = assigned.issuedBy();
        level = assigned.order().level();
        application.add(new Decision("MINISTRY", ReviewDecision.APPROVE.name(),
                actName(assigned.act()) + " №" + assigned.order().orderNumber() + " от " + assigned.order().orderDate(),
                context.userId(), context.role(), context.at(), context.processInstanceId(), context.taskId()));
        moveTo(ProjectStatus.ACTIVE, context);
    }

    private void on(StatusExtendedEvent extended, EventContext context) {
        statusExtensions.add(extended.extension());
    }

    private void on(StatusRevokedEvent revoked, EventContext context) {
        revocation = revoked.revocation();
        moveTo(ProjectStatus.REVOKED, context);
    }

    private void on(ProjectCompletedEvent completed, EventContext context) {
        completion = completed.completion();
        moveTo(ProjectStatus.COMPLETED, context);
    }

    private void on(StageStartedEvent started, EventContext context) {
        currentStage = started.stageNumber();
        replaceStage(started.stageNumber(), StageView::asStarted);
    }

    private void on(StageCompletionRequestedEvent requested, EventContext context) {
        replaceStage(requested.stageNumber(), stage -> {
            stage.decisions().add(new Decision("REQUESTED", null, requested.request().summary(), context.userId(),
                    context.role(), context.at(), context.processInstanceId(), context.taskId()));
            return stage.at(ReviewStepState.AWAITING_INSTITUTE, context.at());
        });
    }

    private void on(StageCompletionReviewedEvent reviewed, EventContext context) {
        replaceStage(reviewed.stageNumber(), stage -> {
            stage.decisions().add(review(reviewed.level().name(), reviewed.review(), context));
            return stage.at(next(reviewed.level(), reviewed.review().decision()), context.at());
        });
    }

    private void on(StageCompletedEvent completed, EventContext context) {
        replaceStage(completed.stageNumber(), stage -> stage.at(ReviewStepState.ACCEPTED, context.at()));
    }

    private void on(ActivityPlannedEvent planned, EventContext context) {
        activities.put(planned.activityId(), new ActivityView(planned.activityId(), planned.plan()));
        SubProjectView subProject = planned.subProjectId() == null ? null : subProjects.get(planned.subProjectId());
        if (subProject != null) {
            subProject.activityIds().add(planned.activityId());
        }
    }

    private void on(SubProjectRegisteredEvent registered, EventContext context) {
        subProjects.put(registered.subProjectId(), new SubProjectView(registered.subProjectId(),
                registered.subProject(), registered.organization(), null));
    }

    private void on(HeldEventRecordedEvent held, EventContext context) {
        HeldEventView view = new HeldEventView(held.heldEventId(), held.event(), context.at());
        ActivityView activity = held.event().activityId() == null ? null : activities.get(held.event().activityId());
        if (activity == null) {
            unplannedEvents.add(view);
        } else {
            activity.held().add(view);
        }
    }

    private void on(ActivityDeviationRecordedEvent deviation, EventContext context) {
        activities.computeIfPresent(deviation.activityId(), (id, activity) -> activity.withDeviation(deviation.deviation()));
    }

    private void on(ActivityAmendedEvent amended, EventContext context) {
        ActivityView activity = activities.get(amended.activityId());
        if (activity != null) {
            activity.amendments().add(amended.amendment());
        }
    }

    private void on(ActivityCancelledEvent cancelled, EventContext context) {
        activities.computeIfPresent(cancelled.activityId(), (id, activity) -> activity.withCancellation(cancelled.cancellation()));
    }

    private void on(NormativeActRegisteredEvent act, EventContext context) {
        normativeActs.put(act.actId(), act.act());
    }

    private void on(NormativeActAdoptedEvent adopted, EventContext context) {
        normativeActs.computeIfPresent(adopted.actId(), (id, act) -> act.adopted(adopted.adoption()));
    }

    private void on(IndicatorDefinedEvent defined, EventContext context) {
        indicators.put(defined.indicatorId(), new IndicatorView(defined.indicatorId(), defined.definition(), null));
    }

    private void on(IndicatorValueRecordedEvent value, EventContext context) {
        IndicatorView indicator = indicators.get(value.indicatorId());
        if (indicator != null) {
            indicator.values().add(value.value());
        }
    }

    private void on(ReportSubmittedEvent submitted, EventContext context) {
        ReportView report = new ReportView(submitted.reportId(), submitted.submission().kind(),
                submitted.submission().reportingPeriod(), ReviewStepState.AWAITING_SIGNATURE, context.at(), false, null,
                null, null);
        report.decisions().add(step("SUBMITTED", null, context));
        report.versions().add(version(submitted.version(), 1, submitted.submittedBy(), submitted.basedOnSequence(),
                submitted.contentSha256(), context));
        reports.put(submitted.reportId(), report);
    }

    private void on(ReportSignedEvent signed, EventContext context) {
        replaceReport(signed.reportId(), report -> {
            report.decisions().add(step("SIGNED", null, context));
            return report.at(ReviewStepState.AWAITING_INSTITUTE, context.at());
        });
    }

    private void on(ReportReviewedEvent reviewed, EventContext context) {
        replaceReport(reviewed.reportId(), report -> {
            report.decisions().add(review(reviewed.level().name(), reviewed.review(), context));
            return report.at(next(reviewed.level(), reviewed.review().decision()), context.at());
        });
    }

    private void on(ReportResubmittedEvent resubmitted, EventContext context) {
        replaceReport(resubmitted.reportId(), report -> {
            report.decisions().add(step("RESUBMITTED", null, context));
            report.versions().add(version(resubmitted.version(), report.versions().size() + 1,
                    resubmitted.submittedBy(), resubmitted.basedOnSequence(), resubmitted.contentSha256(), context));
            return report.at(ReviewStepState.AWAITING_SIGNATURE, context.at());
        });
    }

    private void on(ReportFileAttachedEvent attached, EventContext context) {
        replaceReport(attached.reportId(), report -> {
            report.attachments().add(new AttachmentView(attached.attachmentId(), attached.fileName(),
                    attached.mediaType(), attached.size(), attached.sha256(), attached.appendix(),
                    attached.attachedBy(), context.at()));
            return report;
        });
    }

    private void on(ReportFileDetachedEvent detached, EventContext context) {
        replaceReport(detached.reportId(), report -> {
            report.attachments().removeIf(attachment -> attachment.attachmentId().equals(detached.attachmentId()));
            return report;
        });
    }

    private void on(ReviewOverdueRecordedEvent overdue, EventContext context) {
        switch (overdue.item()) {
            case APPLICATION -> applicationOverdue = true;
            case REPORT -> replaceReport(overdue.itemId(), ReportView::markedOverdue);
            case STAGE_COMPLETION -> replaceStage(Integer.parseInt(overdue.itemId()), StageView::markedOverdue);
        }
    }

    private void on(ApprovalCancelledEvent cancelled, EventContext context) {
        Decision step = step("CANCELLED", null, context);
        switch (cancelled.item()) {
            case APPLICATION -> {
                application.add(step);
                if (status == ProjectStatus.SUBMITTED || status == ProjectStatus.AT_INSTITUTE
                        || status == ProjectStatus.AT_MINISTRY) {
                    moveTo(ProjectStatus.RETURNED, context);
                }
            }
            case REPORT -> replaceReport(cancelled.itemId(), report -> {
                report.decisions().add(step);
                return report.step() == ReviewStepState.ACCEPTED ? report : report.at(ReviewStepState.RETURNED, context.at());
            });
            case STAGE_COMPLETION -> replaceStage(Integer.parseInt(cancelled.itemId()), stage -> {
                stage.decisions().add(step);
                return stage.step() == ReviewStepState.AWAITING_INSTITUTE || stage.step() == ReviewStepState.AWAITING_MINISTRY
                        ? stage.at(ReviewStepState.RETURNED, context.at()) : stage;
            });
        }
    }

    private void on(DisseminationRecordedEvent recorded, EventContext context) {
        dissemination.put(recorded.disseminationId(),
                new DisseminationView(recorded.disseminationId(), recorded.dissemination(), context.at()));
    }

    private void on(ContestEntryRecordedEvent recorded, EventContext context) {
        contestEntries.put(recorded.entryId(), new ContestEntryView(recorded.entryId(), recorded.entry(), context.at()));
    }

    private void on(ProductRecordedEvent recorded, EventContext context) {
        products.put(recorded.productId(), new ProductView(recorded.productId(), recorded.product(), context.at()));
    }

    private void on(ParticipantCountsRecordedEvent recorded, EventContext context) {
        participantCounts.put(recorded.countsId(), recorded.counts());
    }

    private void on(OrganizationParticipationRecordedEvent recorded, EventContext context) {
        participantOrganizations.put(recorded.participationId(), recorded.participation());
    }

    private void on(TeamMemberRecordedEvent recorded, EventContext context) {
        team.put(recorded.memberId(), recorded.member());
    }

    private void on(ResourceRecordedEvent recorded, EventContext context) {
        resources.put(recorded.resourceId(), recorded.resource());
    }

    private void on(RiskRecordedEvent recorded, EventContext context) {
        risks.put(recorded.riskId(), new RiskView(recorded.riskId(), recorded.risk(), null));
    }

    private void on(RiskMonitoringRecordedEvent recorded, EventContext context) {
        RiskView risk = risks.get(recorded.riskId());
        if (risk != null) {
            risk.monitoring().add(recorded.monitoring());
        }
    }

    private void moveTo(ProjectStatus next, EventContext context) {
        status = next;
        statusSince = context.at();
        applicationOverdue = false;
    }

    private static ReviewStepState next(ReviewLevel level, ReviewDecision decision) {
        if (decision != ReviewDecision.APPROVE) {
            return ReviewStepState.RETURNED;
        }
        return level == ReviewLevel.INSTITUTE ? ReviewStepState.AWAITING_MINISTRY : ReviewStepState.ACCEPTED;
    }

    /**
     * A version as its event states it; an event stored before versions were frozen states nothing,
     * so its number is its place among the report's submissions and it is based on the event before it.
     */
    private static ReportVersion version(Integer stated, int byOrder, String by, Long basedOn, String sha256,
                                         EventContext context) {
        return new ReportVersion(stated == null ? byOrder : stated, context.at(), by, context.sequence(),
                basedOn == null ? context.sequence() - 1 : basedOn, sha256);
    }

    private static Decision step(String step, String conclusion, EventContext context) {
        return new Decision(step, null, conclusion, context.userId(), context.role(), context.at(),
                context.processInstanceId(), context.taskId());
    }

    private static Decision review(String level, ru.edu.innovation.api.common.Review review, EventContext context) {
        return new Decision(level, review.decision().name(), review.conclusion(), context.userId(), context.role(),
                context.at(), context.processInstanceId(), context.taskId());
    }

    private static List<StageView> plannedStages(ProjectDetails details) {
        List<StageView> planned = new ArrayList<>();
        List<StagePlan> stages = details.stages();
        for (int i = 0; i < stages.size(); i++) {
            planned.add(StageView.planned(i + 1, stages.get(i).name(), stages.get(i).period()));
        }
        return planned;
    }

    private void replaceStage(int number, UnaryOperator<StageView> change) {
        if (number >= 1 && number <= stages.size()) {
            stages.set(number - 1, change.apply(stages.get(number - 1)));
        }
    }

    private void replaceReport(String reportId, UnaryOperator<ReportView> change) {
        reports.computeIfPresent(reportId, (id, report) -> change.apply(report));
    }

    public String projectId() {
        return projectId;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public ProjectStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public ReviewingInstitute reviewingInstitute() {
        return reviewingInstitute;
    }

    public boolean applicationOverdue() {
        return applicationOverdue;
    }

    public StatusLevel level() {
        return level;
    }

    public ProjectDetails details() {
        return details;
    }

    public StatusOrder statusOrder() {
        return statusOrder;
    }

    public DecidingAct statusAct() {
        return statusAct;
    }

    public String statusIssuedBy() {
        return statusIssuedBy;
    }

    private static String actName(DecidingAct act) {
        return switch (act) {
            case MINISTRY_ORDER -> "Приказ";
            case INSTITUTE_ORDER -> "Приказ института";
            case MUNICIPAL_DIRECTIVE -> "Распоряжение";
        };
    }

    public List<StatusExtension> statusExtensions() {
        return statusExtensions;
    }

    public StatusRevocation revocation() {
        return revocation;
    }

    public ProjectCompletion completion() {
        return completion;
    }

    public List<Decision> application() {
        return application;
    }

    public int currentStage() {
        return currentStage;
    }

    public List<StageView> stages() {
        return stages;
    }

    public Map<String, ActivityView> activities() {
        return activities;
    }

    public List<HeldEventView> unplannedEvents() {
        return unplannedEvents;
    }

    public Map<String, NormativeAct> normativeActs() {
        return normativeActs;
    }

    public Map<String, IndicatorView> indicators() {
        return indicators;
    }

    public Map<String, ReportView> reports() {
        return reports;
    }

    public Map<String, DisseminationView> dissemination() {
        return dissemination;
    }

    public Map<String, ContestEntryView> contestEntries() {
        return contestEntries;
    }

    public Map<String, ProductView> products() {
        return products;
    }

    public Map<String, ParticipantsByCategory> participantCounts() {
        return participantCounts;
    }

    public Map<String, OrganizationParticipation> participantOrganizations() {
        return participantOrganizations;
    }

    public Map<String, TeamMemberProfile> team() {
        return team;
    }

    public Map<String, ProjectResource> resources() {
        return resources;
    }

    public Map<String, RiskView> risks() {
        return risks;
    }

    public Map<String, SubProjectView> subProjects() {
        return subProjects;
    }
}
