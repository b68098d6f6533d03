package ru.edu.innovation.query.card;

/** Where a report or a stage completion stands in its approval chain. */
public enum ReviewStepState {
    AWAITING_SIGNATURE,
    AWAITING_INSTITUTE,
    AWAITING_MINISTRY,
    RETURNED,
    ACCEPTED
}
