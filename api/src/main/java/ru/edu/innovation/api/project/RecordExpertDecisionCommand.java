package ru.edu.innovation.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.edu.innovation.api.common.Review;

/** The institute's expert review of an application: approve, return for revision or reject. */
public record RecordExpertDecisionCommand(@TargetAggregateIdentifier String projectId, Review review) {
}
