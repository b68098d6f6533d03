package ru.edu.innovation.api.stage;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StageCompletionRequestedEvent(String projectId, int stageNumber, StageCompletionRequest request,
                                            String requestedBy) {
}
