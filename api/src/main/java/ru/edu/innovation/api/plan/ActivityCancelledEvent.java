package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/** The activity dropped from the plan; the cancellation's date is always set. */
@Revision("1")
public record ActivityCancelledEvent(String projectId, String activityId, ActivityCancellation cancellation) {
}
