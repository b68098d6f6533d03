package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterNormativeActCommand(@TargetAggregateIdentifier String projectId, String actId, @NotNull @Valid NormativeAct act) {
}
