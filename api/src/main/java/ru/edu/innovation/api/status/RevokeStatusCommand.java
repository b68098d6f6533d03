package ru.edu.innovation.api.status;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeStatusCommand(@TargetAggregateIdentifier String projectId, @NotNull @Valid StatusRevocation revocation) {
}
