package ru.edu.innovation.api.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.edu.innovation.api.common.Review;

/** The institute's expert review of an application: approve, return for revision or reject. */
public record RecordExpertDecisionCommand(@TargetAggregateIdentifier String projectId, @NotNull @Valid Review review) {
}
