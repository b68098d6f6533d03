package ru.edu.innovation.command.review;

import ru.edu.innovation.api.common.ReviewLevel;

/** Where an application, a report or a stage completion stands in the chain school → institute → ministry. */
public enum ReviewStep {
    /** submitted, waiting for the leader's signature (application and reports) */
    AWAITING_SIGNATURE,
    AWAITING_INSTITUTE,
    AWAITING_MINISTRY,
    ACCEPTED,
    RETURNED,
    /** refused for good (only an application can be) */
    REJECTED;

    public boolean isPending() {
        return this == AWAITING_SIGNATURE || this == AWAITING_INSTITUTE || this == AWAITING_MINISTRY;
    }

    /** The step that waits for a review at {@code level}. */
    public static ReviewStep awaiting(ReviewLevel level) {
        return level == ReviewLevel.INSTITUTE ? AWAITING_INSTITUTE : AWAITING_MINISTRY;
    }
}
