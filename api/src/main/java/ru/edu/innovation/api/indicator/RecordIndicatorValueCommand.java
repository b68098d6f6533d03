package ru.edu.innovation.api.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordIndicatorValueCommand(@TargetAggregateIdentifier String projectId, String indicatorId,
                                          IndicatorValue value) {
}
