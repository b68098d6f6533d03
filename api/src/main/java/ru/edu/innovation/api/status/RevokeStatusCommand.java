package ru.edu.innovation.api.status;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeStatusCommand(@TargetAggregateIdentifier String projectId, StatusRevocation revocation) {
}
