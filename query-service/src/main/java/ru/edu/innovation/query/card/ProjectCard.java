package ru.edu.innovation.query.card;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
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
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.api.status.StatusExtendedEvent;
import ru.edu.innovation.api.status.StatusExtension;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.api.status.StatusRevocation;
import ru.edu.innovation.api.status.StatusRevokedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Read without its document ({@link #positionOf}): it may only move past held events. */
    @JsonIgnore
    private boolean positionOnly;

    /**
     * A stored card known only by how far it has read: all that a batch needs of a project whose
     * events in it are all held events, which move the card's version and moment and nothing else
     * in its document ({@link #advance}). A replay's batches are mostly such; reading each card's
     * whole document for them was a fourteenth of a rebuild's processor time.
     */
    static ProjectCard positionOf(String projectId, long version, Instant updatedAt) {
        ProjectCard card = new ProjectCard();
        card.projectId = projectId;
        card.positionOnly = true;
        return card.advance(version, updatedAt);
    }

    /**
     * Moves the card past an event whose content is kept outside the card's document: the stored
     * card's held events are pages of their own ({@link HeldEventJson}), and this is all that folding
     * one changes in the document.
     */
    public ProjectCard advance(long sequence, Instant at) {
        version = sequence;
        updatedAt = at;
        return this;
    }

    /** Applies one event of the project's stream; events of other kinds leave the card as it is. */
    public ProjectCard apply(Object event, EventContext context) {
        if (positionOnly) {
            throw new IllegalStateException("the card of project " + projectId
                    + " was read without its document and cannot fold " + event.getClass().getSimpleName());
        }
        advance(context.sequence(), context.at());
        if (event instanceof ProjectDraftRegisteredEvent registered) {
            projectId = registered.projectId();
            registeredAt = context.at();
            details = registered.details();
            level = details.levelAppliedFor();
            moveTo(ProjectStatus.DRAFT, context);
            stages = plannedStages(details);
        } else if (event instanceof ProjectDraftUpdatedEvent updated) {
            details = updated.details();
            level = details.levelAppliedFor();
            stages = plannedStages(details);
        } else if (event instanceof ApplicationSubmittedEvent submitted) {
            moveTo(ProjectStatus.SUBMITTED, context);
            application.add(step("SUBMITTED", null, context));
        } else if (event instanceof ReviewingInstituteAssignedEvent assigned) {
            reviewingInstitute = new ReviewingInstitute(assigned.instituteId(), assigned.instituteName());
        } else if (event instanceof ApplicationSignedEvent signed) {
            moveTo(ProjectStatus.AT_INSTITUTE, context);
            application.add(step("SIGNED", null, context));
        } else if (event instanceof ExpertDecisionRecordedEvent expert) {
            application.add(review("INSTITUTE", expert.review(), context));
            moveTo(switch (expert.review().decision()) {
                case APPROVE -> ProjectStatus.AT_MINISTRY;
                case RETURN_FOR_REVISION -> ProjectStatus.RETURNED;
                case REJECT -> ProjectStatus.REJECTED;
            }, context);
        } else if (event instanceof MinistryDecisionRecordedEvent ministry) {
            application.add(review("MINISTRY", ministry.review(), context));
            moveTo(ministry.review().decision() == ReviewDecision.REJECT
                    ? ProjectStatus.REJECTED : ProjectStatus.RETURNED, context);
        } else if (event instanceof StatusAssignedEvent assigned) {
            statusOrder = assigned.order();
            level = assigned.order().level();
            application.add(new Decision("MINISTRY", ReviewDecision.APPROVE.name(),
                    "Приказ №" + assigned.order().orderNumber() + " от " + assigned.order().orderDate(),
                    context.userId(), context.role(), context.at(), context.processInstanceId(), context.taskId()));
            moveTo(ProjectStatus.ACTIVE, context);
        } else if (event instanceof StatusExtendedEvent extended) {
            statusExtensions.add(extended.extension());
        } else if (event instanceof StatusRevokedEvent revoked) {
            revocation = revoked.revocation();
            moveTo(ProjectStatus.REVOKED, context);
        } else if (event instanceof ProjectCompletedEvent completed) {
            completion = completed.completion();
            moveTo(ProjectStatus.COMPLETED, context);
        } else if (event instanceof StageStartedEvent started) {
            currentStage = started.stageNumber();
            replaceStage(started.stageNumber(), StageView::asStarted);
        } else if (event instanceof StageCompletionRequestedEvent requested) {
            replaceStage(requested.stageNumber(), stage -> {
                stage.decisions().add(new Decision("REQUESTED", null, requested.request().summary(), context.userId(),
                    context.role(), context.at(), context.processInstanceId(), context.taskId()));
                return stage.at(ReviewStepState.AWAITING_INSTITUTE, context.at());
            });
        } else if (event instanceof StageCompletionReviewedEvent reviewed) {
            replaceStage(reviewed.stageNumber(), stage -> {
                stage.decisions().add(review(reviewed.level().name(), reviewed.review(), context));
                return stage.at(next(reviewed.level(), reviewed.review().decision()), context.at());
            });
        } else if (event instanceof StageCompletedEvent completed) {
            replaceStage(completed.stageNumber(), stage -> stage.at(ReviewStepState.ACCEPTED, context.at()));
        } else if (event instanceof ActivityPlannedEvent planned) {
            activities.put(planned.activityId(), new ActivityView(planned.activityId(), planned.plan(), null, null));
        } else if (event instanceof HeldEventRecordedEvent held) {
            HeldEventView view = new HeldEventView(held.heldEventId(), held.event(), context.at());
            ActivityView activity = held.event().activityId() == null ? null : activities.get(held.event().activityId());
            if (activity == null) {
                unplannedEvents.add(view);
            } else {
                activity.held().add(view);
            }
        } else if (event instanceof ActivityDeviationRecordedEvent deviation) {
            activities.computeIfPresent(deviation.activityId(), (id, activity) -> activity.withDeviation(deviation.deviation()));
        } else if (event instanceof NormativeActRegisteredEvent act) {
            normativeActs.put(act.actId(), act.act());
        } else if (event instanceof IndicatorDefinedEvent defined) {
            indicators.put(defined.indicatorId(), new IndicatorView(defined.indicatorId(), defined.definition(), null));
        } else if (event instanceof IndicatorValueRecordedEvent value) {
            IndicatorView indicator = indicators.get(value.indicatorId());
            if (indicator != null) {
                indicator.values().add(value.value());
            }
        } else if (event instanceof ReportSubmittedEvent submitted) {
            ReportView report = new ReportView(submitted.reportId(), submitted.submission().kind(),
                    submitted.submission().reportingPeriod(), ReviewStepState.AWAITING_SIGNATURE, context.at(), false, null);
            report.decisions().add(step("SUBMITTED", null, context));
            reports.put(submitted.reportId(), report);
        } else if (event instanceof ReportSignedEvent signed) {
            replaceReport(signed.reportId(), report -> {
                report.decisions().add(step("SIGNED", null, context));
                return report.at(ReviewStepState.AWAITING_INSTITUTE, context.at());
            });
        } else if (event instanceof ReportReviewedEvent reviewed) {
            replaceReport(reviewed.reportId(), report -> {
                report.decisions().add(review(reviewed.level().name(), reviewed.review(), context));
                return report.at(next(reviewed.level(), reviewed.review().decision()), context.at());
            });
        } else if (event instanceof ReportResubmittedEvent resubmitted) {
            replaceReport(resubmitted.reportId(), report -> {
                report.decisions().add(step("RESUBMITTED", null, context));
                return report.at(ReviewStepState.AWAITING_SIGNATURE, context.at());
            });
        } else if (event instanceof ReviewOverdueRecordedEvent overdue) {
            switch (overdue.item()) {
                case APPLICATION -> applicationOverdue = true;
                case REPORT -> replaceReport(overdue.itemId(), ReportView::markedOverdue);
                case STAGE_COMPLETION -> replaceStage(Integer.parseInt(overdue.itemId()), StageView::markedOverdue);
            }
        } else if (event instanceof ApprovalCancelledEvent cancelled) {
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
        // Any other event (e.g. of a newer kind) is not shown here: only the version moves.
        return this;
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
}
