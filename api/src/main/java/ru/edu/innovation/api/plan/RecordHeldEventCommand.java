package ru.edu.innovation.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordHeldEventCommand(@TargetAggregateIdentifier String projectId, String heldEventId, HeldEvent event) {
}
