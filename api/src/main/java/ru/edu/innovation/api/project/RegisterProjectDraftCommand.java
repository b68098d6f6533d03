package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterProjectDraftCommand(@TargetAggregateIdentifier String projectId, ProjectDetails details) {
}
