package ru.edu.innovation.api.common;

/**
 * Who acts. Each role but {@link #SYSTEM} is a group in the identity service shared by the API and
 * Tasklist; {@code SYSTEM} is the engine itself, e.g. a deadline timer that escalates a review.
 */
public enum Role {
    SCHOOL,
    INSTITUTE,
    MINISTRY,
    AUDITOR,
    ADMIN,
    SYSTEM
}
