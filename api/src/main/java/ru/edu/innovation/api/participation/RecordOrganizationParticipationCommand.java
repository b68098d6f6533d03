package ru.edu.innovation.api.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordOrganizationParticipationCommand(@TargetAggregateIdentifier String projectId, String participationId,
                                                     @NotNull @Valid OrganizationParticipation participation) {
}
