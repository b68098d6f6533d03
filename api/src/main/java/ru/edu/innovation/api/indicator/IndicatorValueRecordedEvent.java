package ru.edu.innovation.api.indicator;

import org.axonframework.serialization.Revision;

@Revision("2")
public record IndicatorValueRecordedEvent(String projectId, String indicatorId, IndicatorValue value) {
}
