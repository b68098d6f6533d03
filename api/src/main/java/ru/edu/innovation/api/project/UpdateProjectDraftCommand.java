package ru.edu.innovation.api.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateProjectDraftCommand(@TargetAggregateIdentifier String projectId, @NotNull @Valid ProjectDetails details) {
}
