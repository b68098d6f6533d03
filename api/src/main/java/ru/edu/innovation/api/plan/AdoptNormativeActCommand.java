package ru.edu.innovation.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AdoptNormativeActCommand(@TargetAggregateIdentifier String projectId, String actId,
                                       @NotNull @Valid NormativeActAdoption adoption) {
}
