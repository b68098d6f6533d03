package ru.edu.innovation.api.plan;

/** Whom an event held was meant for (целевая аудитория). */
public enum Audience {
    TEACHERS,
    HEADS_OF_SCHOOLS,
    DEPUTY_HEADS,
    METHODOLOGISTS,
    PSYCHOLOGISTS,
    STUDENTS,
    PARENTS,
    OTHERS
}
