package ru.edu.innovation.api.stage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;

public record ReviewStageCompletionCommand(@TargetAggregateIdentifier String projectId, int stageNumber,
                                           @NotNull ReviewLevel level, @NotNull @Valid Review review) {
}
