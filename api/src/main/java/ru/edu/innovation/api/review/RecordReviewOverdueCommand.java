package ru.edu.innovation.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.edu.innovation.api.common.ReviewLevel;

import java.time.Instant;

/**
 * Sent by the deadline timer of a review task: the review at {@code level} was not done by
 * {@code dueAt} and the task went to {@code escalatedTo}. {@code itemId} is the report id or the
 * stage number; empty for the application.
 */
public record RecordReviewOverdueCommand(@TargetAggregateIdentifier String projectId, ReviewedItem item,
                                         String itemId, ReviewLevel level, Instant dueAt, String escalatedTo) {
}
