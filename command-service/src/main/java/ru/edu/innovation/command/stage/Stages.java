package ru.edu.innovation.command.stage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.ReviewStageCompletionCommand;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.MembersById;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.command.review.ReviewChain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages of the running project, by number, and the one that runs now. Who may act on a stage,
 * and whether the project allows it, is checked here before the stage is looked up.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Stages {

    @MembersById(missing = "В проекте нет этапа №%s")
    private Map<Integer, Stage> stages = new LinkedHashMap<>();
    private int current;

    public Stages() {
        // No stages until the status is assigned; Jackson also reads the stages back from a snapshot.
    }

    /** The stages the application plans, none of them started yet. */
    public static Stages planned(List<StagePlan> plans) {
        Stages planned = new Stages();
        for (int number = 1; number <= plans.size(); number++) {
            StagePlan plan = plans.get(number - 1);
            planned.stages.put(number, new Stage(number, plan.name(), plan.period()));
        }
        return planned;
    }

    @CommandHandlerInterceptor
    void admitRequest(RequestStageCompletionCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
    }

    @CommandHandlerInterceptor
    void admitReview(ReviewStageCompletionCommand command, MetaData metaData, ProjectContext project) {
        project.authorizeReviewer(Actor.from(metaData), command.level());
        project.requireOpen();
    }

    public int current() {
        return current;
    }

    public int count() {
        return stages.size();
    }

    public boolean allCompleted() {
        return stages.values().stream().allMatch(Stage::completed);
    }

    /** The completion round of the stage whose number {@code itemId} is; none if its completion was never requested. */
    public ReviewChain chain(String itemId) {
        return stage(itemId).completion();
    }

    private Stage stage(String itemId) {
        Stage stage;
        try {
            stage = stages.get(Integer.parseInt(itemId));
        } catch (NumberFormatException notANumber) {
            throw new UnknownProjectPartException("В проекте нет этапа «" + itemId + "»");
        }
        if (stage == null) {
            throw new UnknownProjectPartException("В проекте нет этапа №" + itemId);
        }
        return stage;
    }

    @EventSourcingHandler
    void on(StageStartedEvent event) {
        current = event.stageNumber();
    }

    @EventSourcingHandler
    void on(ApprovalCancelledEvent event) {
        if (event.item() == ReviewedItem.STAGE_COMPLETION) {
            try {
                Stage stage = stages.get(Integer.parseInt(event.itemId()));
                if (stage != null) {
                    stage.cancelled();
                }
            } catch (NumberFormatException notANumber) {
                // The command refuses such an item; an event never carries one.
            }
        }
    }
}
