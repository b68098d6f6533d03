package ru.edu.innovation.api.indicator;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordIndicatorValueCommand(@TargetAggregateIdentifier String projectId, String indicatorId,
                                          @NotNull @Valid IndicatorValue value) {
}
