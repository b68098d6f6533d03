package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteProjectCommand(@TargetAggregateIdentifier String projectId, ProjectCompletion completion) {
}
