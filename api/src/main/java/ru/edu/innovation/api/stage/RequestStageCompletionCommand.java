package ru.edu.innovation.api.stage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestStageCompletionCommand(@TargetAggregateIdentifier String projectId, int stageNumber,
                                            StageCompletionRequest request) {
}
