package ru.edu.innovation.api.review;

import org.axonframework.serialization.Revision;
import ru.edu.innovation.api.common.ReviewLevel;

import java.time.Instant;

/** A review was not done by its due date and was escalated to the supervisors' group. */
@Revision("1")
public record ReviewOverdueRecordedEvent(String projectId, ReviewedItem item, String itemId, ReviewLevel level,
                                         Instant dueAt, String escalatedTo) {
}
