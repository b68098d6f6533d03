package ru.edu.innovation.api.status;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignStatusCommand(@TargetAggregateIdentifier String projectId, StatusOrder order) {
}
