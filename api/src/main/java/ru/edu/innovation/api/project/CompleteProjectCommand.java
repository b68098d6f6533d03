package ru.edu.innovation.api.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteProjectCommand(@TargetAggregateIdentifier String projectId, @NotNull @Valid ProjectCompletion completion) {
}
