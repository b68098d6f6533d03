package ru.edu.innovation.api.stage;

import org.axonframework.serialization.Revision;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;

@Revision("1")
public record StageCompletionReviewedEvent(String projectId, int stageNumber, ReviewLevel level, Review review,
                                           String reviewer) {
}
