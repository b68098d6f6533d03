package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.plan.Deviation;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the calendar plan: the activity as planned, what was held for it, the deviation and
 * management action if one was recorded, and its state. {@code stageNumber} is the stage whose
 * period contains the deadline, empty if no stage does.
 */
public record PlannedActivity(String activityId, int taskNumber, String title, LocalDate startDate,
                              LocalDate deadline, String responsible, String participants, String expectedResult,
                              Integer stageNumber, ActivityState state, List<HeldEventEntry> held,
                              Deviation deviation) {

    public boolean done() {
        return state == ActivityState.DONE;
    }
}
