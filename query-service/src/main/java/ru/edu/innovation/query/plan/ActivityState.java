package ru.edu.innovation.query.plan;

/** Where a planned activity stands against the calendar plan on a given day. */
public enum ActivityState {
    /**
     * at least one held event fulfils it; a deviation recorded as well (done late, done partly) stays
     * on the row, whichever of the two was recorded first
     */
    DONE,
    /** not held, no deviation recorded, and its deadline has passed */
    OVERDUE,
    /**
     * not held, but the school recorded why and what management did about it; this wins over
     * OVERDUE, because an explained deviation no longer needs anyone's attention
     */
    DEVIATION_RECORDED,
    /** not held yet, its deadline still ahead */
    PLANNED
}
