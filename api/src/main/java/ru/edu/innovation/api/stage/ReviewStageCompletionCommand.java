package ru.edu.innovation.api.stage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;

public record ReviewStageCompletionCommand(@TargetAggregateIdentifier String projectId, int stageNumber,
                                           ReviewLevel level, Review review) {
}
