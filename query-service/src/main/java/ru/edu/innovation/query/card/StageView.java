package ru.edu.innovation.query.card;

import ru.edu.innovation.api.common.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stage of the project: planned, running (its completion not asked for yet, {@code step} empty),
 * its completion under review, or completed.
 */
public record StageView(int number, String name, Period period, boolean started, boolean completed,
                        ReviewStepState step, Instant stepSince, boolean overdue, List<Decision> decisions) {

    public StageView {
        decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
    }

    static StageView planned(int number, String name, Period period) {
        return new StageView(number, name, period, false, false, null, null, false, new ArrayList<>());
    }

    StageView asStarted() {
        return new StageView(number, name, period, true, completed, step, stepSince, overdue, decisions);
    }

    StageView at(ReviewStepState next, Instant since) {
        return new StageView(number, name, period, started, next == ReviewStepState.ACCEPTED, next, since, false,
                decisions);
    }

    StageView markedOverdue() {
        return new StageView(number, name, period, started, completed, step, stepSince, true, decisions);
    }
}
