package ru.edu.innovation.api.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterSubProjectCommand(@TargetAggregateIdentifier String projectId, String subProjectId,
                                        @NotNull @Valid SubProject subProject) {
}
