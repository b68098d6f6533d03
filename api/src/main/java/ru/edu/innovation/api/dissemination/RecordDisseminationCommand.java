package ru.edu.innovation.api.dissemination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDisseminationCommand(@TargetAggregateIdentifier String projectId, String disseminationId,
                                         @NotNull @Valid Dissemination dissemination) {
}
