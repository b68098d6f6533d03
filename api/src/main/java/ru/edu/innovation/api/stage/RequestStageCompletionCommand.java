package ru.edu.innovation.api.stage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestStageCompletionCommand(@TargetAggregateIdentifier String projectId, int stageNumber,
                                            @NotNull @Valid StageCompletionRequest request) {
}
