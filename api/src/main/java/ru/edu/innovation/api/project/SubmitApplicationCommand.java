package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The school submits its draft (or its returned application again). {@code reviewingInstituteId} names
 * the institute that reviews the project; a resubmission without it keeps the institute named before.
 */
public record SubmitApplicationCommand(@TargetAggregateIdentifier String projectId, String reviewingInstituteId) {
}
