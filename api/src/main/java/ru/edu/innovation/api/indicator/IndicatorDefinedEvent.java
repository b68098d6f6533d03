package ru.edu.innovation.api.indicator;

import org.axonframework.serialization.Revision;

@Revision("2")
public record IndicatorDefinedEvent(String projectId, String indicatorId, IndicatorDefinition definition) {
}
