package ru.edu.innovation.query.card;

import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.Deviation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned activity as first planned, its amendments in the order recorded (корректировка
 * программы), what was actually held for it, the deviation if one was recorded, and its
 * cancellation if it was dropped. A card stored before amendments and cancellations reads with
 * none.
 */
public record ActivityView(String activityId, ActivityPlan plan, List<HeldEventView> held, Deviation deviation,
                           List<ActivityAmendment> amendments, ActivityCancellation cancellation) {

    public ActivityView {
        held = held == null ? new ArrayList<>() : new ArrayList<>(held);
        amendments = amendments == null ? new ArrayList<>() : new ArrayList<>(amendments);
    }

    public ActivityView(String activityId, ActivityPlan plan) {
        this(activityId, plan, null, null, null, null);
    }

    ActivityView withDeviation(Deviation recorded) {
        return new ActivityView(activityId, plan, held, recorded, amendments, cancellation);
    }

    ActivityView withCancellation(ActivityCancellation recorded) {
        return new ActivityView(activityId, plan, held, deviation, amendments, recorded);
    }

    /** The amendments decided on or before {@code day}, in the order recorded. */
    public List<ActivityAmendment> amendmentsBy(LocalDate day) {
        return amendments.stream().filter(amendment -> !amendment.date().isAfter(day)).toList();
    }

    /** The activity as it was planned on {@code day}: the last amendment decided by then, or the first plan. */
    public ActivityPlan planAsOf(LocalDate day) {
        List<ActivityAmendment> by = amendmentsBy(day);
        return by.isEmpty() ? plan : by.get(by.size() - 1).plan();
    }

    /** Whether it had been cancelled by {@code day}. */
    public boolean cancelledBy(LocalDate day) {
        return cancellation != null && !cancellation.date().isAfter(day);
    }
}
