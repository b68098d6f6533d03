package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActivityDeviationRecordedEvent(String projectId, String activityId, Deviation deviation) {
}
