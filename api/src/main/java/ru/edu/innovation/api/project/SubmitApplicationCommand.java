package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitApplicationCommand(@TargetAggregateIdentifier String projectId) {
}
