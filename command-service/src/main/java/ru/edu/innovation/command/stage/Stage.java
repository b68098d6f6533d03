package ru.edu.innovation.command.stage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.ReviewStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;
import ru.edu.innovation.command.review.ReturnOrApproveOnly;
import ru.edu.innovation.command.review.ReviewChain;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A stage of the running project. Its completion is requested by the school and reviewed by the
 * institute and the ministry; the ministry's approval completes it and starts the next stage.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Stage {

    private static final String WHAT = "Завершение этапа";

    @EntityId(routingKey = "stageNumber")
    private int number;
    private String name;
    private Period period;
    private boolean completed;
    /** None until the completion is requested. */
    private ReviewChain completion;

    Stage() {
        // Jackson needs a no-arg constructor to read the stage back from a snapshot.
    }

    Stage(int number, String name, Period period) {
        this.number = number;
        this.name = name;
        this.period = period;
    }

    @CommandHandler
    public long handle(RequestStageCompletionCommand command, MetaData metaData, ProjectContext project) {
        if (completed) {
            throw Refusals.violation("STAGE_ALREADY_COMPLETED", "Этап «" + name + "» уже завершён");
        }
        if (number != project.currentStage()) {
            throw Refusals.violation("STAGE_OUT_OF_ORDER",
                    "Этапы завершаются по порядку: сейчас идёт этап №" + project.currentStage());
        }
        if (completion != null && completion.pending()) {
            throw Refusals.violation("STAGE_COMPLETION_PENDING", "Завершение этапа «" + name + "» уже на рассмотрении");
        }
        apply(new StageCompletionRequestedEvent(project.projectId(), number, command.request(),
                Actor.from(metaData).userId()));
        return project.version();
    }

    @CommandHandler
    public long handle(ReviewStageCompletionCommand command, MetaData metaData, ProjectContext project) {
        Actor actor = Actor.from(metaData);
        ReturnOrApproveOnly.require(command.review(), WHAT);
        if (completion == null) {
            throw Refusals.notAwaiting(ReviewChain.reviewBy(command.level()), WHAT);
        }
        completion.requireAwaitingReview(actor, command.level(), WHAT);
        apply(new StageCompletionReviewedEvent(project.projectId(), number, command.level(), command.review(),
                actor.userId()));
        if (command.level() == ReviewLevel.MINISTRY && command.review().decision() == ReviewDecision.APPROVE) {
            apply(new StageCompletedEvent(project.projectId(), number));
            if (number < project.stageCount()) {
                apply(new StageStartedEvent(project.projectId(), number + 1, project.stageName(number + 1)));
            }
        }
        return project.version();
    }

    boolean completed() {
        return completed;
    }

    ReviewChain completion() {
        return completion;
    }

    /** The approval process was deleted: a completion still under review goes back to the school. */
    void cancelled() {
        if (completion != null) {
            completion = completion.cancelled();
        }
    }

    @EventSourcingHandler
    void on(StageCompletionRequestedEvent event) {
        completion = ReviewChain.requestedBy(event.requestedBy());
    }

    @EventSourcingHandler
    void on(StageCompletionReviewedEvent event) {
        completion = completion.decided(event.level(), event.review().decision(), event.reviewer());
    }

    @EventSourcingHandler
    void on(StageCompletedEvent event) {
        completed = true;
        completion = completion.decided(ReviewLevel.MINISTRY, ReviewDecision.APPROVE, null);
    }

    /** Equal state: Axon's fixture compares the state a command left with the state its events rebuild. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Stage other && Objects.equals(number, other.number) && Objects.equals(name, other.name) && Objects.equals(period, other.period) && Objects.equals(completed, other.completed) && Objects.equals(completion, other.completion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, name, period, completed, completion);
    }
}
