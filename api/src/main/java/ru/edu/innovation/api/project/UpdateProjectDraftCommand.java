package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateProjectDraftCommand(@TargetAggregateIdentifier String projectId, ProjectDetails details) {
}
