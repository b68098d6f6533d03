package ru.edu.innovation.api.status;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExtendStatusCommand(@TargetAggregateIdentifier String projectId, StatusExtension extension) {
}
