package ru.edu.innovation.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelActivityCommand(@TargetAggregateIdentifier String projectId, String activityId,
                                    @NotNull @Valid ActivityCancellation cancellation) {
}
