package ru.edu.innovation.api.status;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExtendStatusCommand(@TargetAggregateIdentifier String projectId, @NotNull @Valid StatusExtension extension) {
}
