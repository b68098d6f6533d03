package ru.edu.innovation.command.project;

import ru.edu.innovation.api.common.Period;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A stage of the running project. {@code completionStep} is empty until its completion is
 * requested; {@code completed} once the ministry approved it.
 */
record StageState(int number, String name, Period period, boolean completed, ReviewStep completionStep,
                  String requestedBy, String instituteReviewer) {

    static StageState planned(int number, String name, Period period) {
        return new StageState(number, name, period, false, null, null, null);
    }

    StageState requestedBy(String requester) {
        return new StageState(number, name, period, false, ReviewStep.AWAITING_INSTITUTE, requester, null);
    }

    StageState approvedByInstitute(String reviewer) {
        return new StageState(number, name, period, false, ReviewStep.AWAITING_MINISTRY, requestedBy, reviewer);
    }

    StageState returned() {
        return new StageState(number, name, period, false, ReviewStep.RETURNED, requestedBy, instituteReviewer);
    }

    StageState complete() {
        return new StageState(number, name, period, true, ReviewStep.ACCEPTED, requestedBy, instituteReviewer);
    }

    /** Everyone who has acted on this completion request so far. */
    List<String> actors() {
        return Stream.of(requestedBy, instituteReviewer).filter(Objects::nonNull).toList();
    }

    boolean completionPending() {
        return completionStep == ReviewStep.AWAITING_INSTITUTE || completionStep == ReviewStep.AWAITING_MINISTRY;
    }
}
