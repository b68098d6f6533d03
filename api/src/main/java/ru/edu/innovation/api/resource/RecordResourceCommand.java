package ru.edu.innovation.api.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordResourceCommand(@TargetAggregateIdentifier String projectId, String resourceId,
                                    @NotNull @Valid ProjectResource resource) {
}
