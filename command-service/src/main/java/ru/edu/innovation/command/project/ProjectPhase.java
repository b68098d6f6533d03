package ru.edu.innovation.command.project;

/** Where a project stands in its life; while {@link #APPLIED}, the application's review round tells the step. */
enum ProjectPhase {
    DRAFT,
    /** the application is submitted: under review, or returned for revision */
    APPLIED,
    REJECTED,
    /** status assigned: the project runs */
    ACTIVE,
    REVOKED,
    COMPLETED;

    boolean isClosed() {
        return this == REJECTED || this == REVOKED || this == COMPLETED;
    }
}
