package ru.edu.innovation.query.plan;

/** The outcome of a planned activity as of a given day, derived from what was recorded by then. */
public enum ActivityState {
    /** held in full (every planned session of a series), no deviation recorded */
    DONE,
    /** held in full, and a deviation recorded as well (done late, differently, in another form) */
    DONE_WITH_DEVIATION,
    /** a series of which some sessions but not all were held (k of n) */
    PARTLY_DONE,
    /** nothing held and its deadline has passed, or a deviation says it was not done */
    NOT_DONE,
    /** dropped from the plan by a cancellation decided on or before the day */
    CANCELLED,
    /** nothing held yet, and its deadline still ahead or none set */
    UPCOMING
}
