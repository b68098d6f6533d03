package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PlanActivityCommand(@TargetAggregateIdentifier String projectId, String activityId, @NotNull @Valid ActivityPlan plan) {
}
