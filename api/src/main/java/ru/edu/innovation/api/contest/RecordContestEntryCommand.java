package ru.edu.innovation.api.contest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordContestEntryCommand(@TargetAggregateIdentifier String projectId, String entryId,
                                        @NotNull @Valid ContestEntry entry) {
}
