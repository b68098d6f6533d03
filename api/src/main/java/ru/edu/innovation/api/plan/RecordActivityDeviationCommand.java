package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordActivityDeviationCommand(@TargetAggregateIdentifier String projectId, String activityId,
                                             @NotNull @Valid Deviation deviation) {
}
