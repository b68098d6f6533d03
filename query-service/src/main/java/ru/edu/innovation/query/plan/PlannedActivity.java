package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.Deviation;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the calendar plan as of a day: the activity as planned on that day, what was held for
 * it by then ({@code sessionsHeld} of {@code sessionsPlanned}), the deviation and its management
 * actions if one was recorded, the amendments decided by then, the cancellation if it was
 * cancelled by then, and its outcome. {@code stageNumber} is the stage whose period contains the
 * deadline, empty if no stage does or there is no deadline. {@code subProjectId} is the participant's
 * sub-project the activity belongs to, empty for the project's own.
 */
public record PlannedActivity(String activityId, Integer taskNumber, String title, LocalDate startDate,
                              LocalDate deadline, String responsible, String participants, String expectedResult,
                              String timing, Integer plannedSessions, int sessionsPlanned, int sessionsHeld,
                              Integer stageNumber, ActivityState state, List<HeldEventEntry> held,
                              Deviation deviation, List<ActivityAmendment> amendments,
                              ActivityCancellation cancellation, String subProjectId) {

    public boolean done() {
        return state == ActivityState.DONE || state == ActivityState.DONE_WITH_DEVIATION;
    }

    public boolean cancelled() {
        return state == ActivityState.CANCELLED;
    }
}
