package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/**
 * Revision 3: an activity may belong to a participant's sub-project ({@code subProjectId}); without
 * one it is the whole network's. Revision 2: the task, deadline and responsible may be empty; an
 * activity may be a series with a timing.
 */
@Revision("3")
public record ActivityPlannedEvent(String projectId, String activityId, ActivityPlan plan, String subProjectId) {

    /** An activity of the project itself, of no sub-project. */
    public ActivityPlannedEvent(String projectId, String activityId, ActivityPlan plan) {
        this(projectId, activityId, plan, null);
    }
}
