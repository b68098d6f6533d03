package ru.edu.innovation.api.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.edu.innovation.api.common.Review;

/**
 * The ministry returns or rejects an application. Approval is {@code AssignStatusCommand},
 * because it needs the order that assigns the status.
 */
public record RecordMinistryDecisionCommand(@TargetAggregateIdentifier String projectId, @NotNull @Valid Review review) {
}
