package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActivityPlannedEvent(String projectId, String activityId, ActivityPlan plan) {
}
