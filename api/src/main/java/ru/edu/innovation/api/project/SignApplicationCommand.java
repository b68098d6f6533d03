package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The project leader signs the submitted application before it goes to the institute. */
public record SignApplicationCommand(@TargetAggregateIdentifier String projectId) {
}
