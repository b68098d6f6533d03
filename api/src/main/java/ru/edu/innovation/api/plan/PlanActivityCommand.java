package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plans an activity of the project, or of one participant's sub-project when {@code subProjectId} is given. */
public record PlanActivityCommand(@TargetAggregateIdentifier String projectId, String activityId,
                                  @NotNull @Valid ActivityPlan plan, String subProjectId) {

    /** An activity of the project itself, of no sub-project. */
    public PlanActivityCommand(String projectId, String activityId, ActivityPlan plan) {
        this(projectId, activityId, plan, null);
    }
}
