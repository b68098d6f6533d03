package ru.edu.innovation.api.stage;

import org.axonframework.serialization.Revision;

/** The ministry approved the completion of a stage. */
@Revision("1")
public record StageCompletedEvent(String projectId, int stageNumber) {
}
