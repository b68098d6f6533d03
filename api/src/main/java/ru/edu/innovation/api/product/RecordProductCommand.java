package ru.edu.innovation.api.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordProductCommand(@TargetAggregateIdentifier String projectId, String productId,
                                   @NotNull @Valid Product product) {
}
