package ru.edu.innovation.api.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DefineIndicatorCommand(@TargetAggregateIdentifier String projectId, String indicatorId,
                                     IndicatorDefinition definition) {
}
