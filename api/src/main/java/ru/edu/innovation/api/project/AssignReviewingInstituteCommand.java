package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The ministry names (or changes) the institute that reviews the project. */
public record AssignReviewingInstituteCommand(@TargetAggregateIdentifier String projectId, String instituteId) {
}
