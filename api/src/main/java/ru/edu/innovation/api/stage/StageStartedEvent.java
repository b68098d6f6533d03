package ru.edu.innovation.api.stage;

import org.axonframework.serialization.Revision;

/** A stage became current: the first when the status is assigned, each next when the previous completes. */
@Revision("1")
public record StageStartedEvent(String projectId, int stageNumber, String name) {
}
