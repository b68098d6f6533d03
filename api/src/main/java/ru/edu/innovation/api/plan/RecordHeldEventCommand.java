package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordHeldEventCommand(@TargetAggregateIdentifier String projectId, String heldEventId, @NotNull @Valid HeldEvent event) {
}
