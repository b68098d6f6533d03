package ru.edu.innovation.api.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordParticipantCountsCommand(@TargetAggregateIdentifier String projectId, String countsId,
                                             @NotNull @Valid ParticipantsByCategory counts) {
}
