package ru.edu.innovation.command.project;

/** Where a report or a stage completion stands in the chain school → institute → ministry. */
enum ReviewStep {
    /** submitted, waiting for the leader's signature (reports only) */
    AWAITING_SIGNATURE,
    AWAITING_INSTITUTE,
    AWAITING_MINISTRY,
    ACCEPTED,
    RETURNED
}
