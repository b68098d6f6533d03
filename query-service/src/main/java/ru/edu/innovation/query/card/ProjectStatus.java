package ru.edu.innovation.query.card;

/** Where a project stands, as the registry filters it. */
public enum ProjectStatus {
    DRAFT,
    /** submitted, waiting for the leader's signature */
    SUBMITTED,
    /** signed, at the institute's expert review */
    AT_INSTITUTE,
    /** approved by the institute, at the ministry */
    AT_MINISTRY,
    RETURNED,
    REJECTED,
    /** status assigned: the project runs */
    ACTIVE,
    REVOKED,
    COMPLETED
}
