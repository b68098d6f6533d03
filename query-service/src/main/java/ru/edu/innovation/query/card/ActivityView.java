package ru.edu.innovation.query.card;

import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.Deviation;

import java.util.ArrayList;
import java.util.List;

/** A planned activity with what was actually held for it and the deviation, if one was recorded. */
public record ActivityView(String activityId, ActivityPlan plan, List<HeldEventView> held, Deviation deviation) {

    public ActivityView {
        held = held == null ? new ArrayList<>() : new ArrayList<>(held);
    }

    ActivityView withDeviation(Deviation recorded) {
        return new ActivityView(activityId, plan, held, recorded);
    }

    public boolean done() {
        return !held.isEmpty();
    }
}
