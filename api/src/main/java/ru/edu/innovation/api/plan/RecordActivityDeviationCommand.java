package ru.edu.innovation.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordActivityDeviationCommand(@TargetAggregateIdentifier String projectId, String activityId,
                                             Deviation deviation) {
}
