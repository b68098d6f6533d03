package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/** Revision 2: the task, deadline and responsible may be empty; an activity may be a series with a timing. */
@Revision("2")
public record ActivityPlannedEvent(String projectId, String activityId, ActivityPlan plan) {
}
