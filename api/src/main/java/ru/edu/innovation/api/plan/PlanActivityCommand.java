package ru.edu.innovation.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PlanActivityCommand(@TargetAggregateIdentifier String projectId, String activityId, ActivityPlan plan) {
}
