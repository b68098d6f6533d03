package ru.edu.innovation.api.participation;

/** Who takes part in a project, as the regional forms count them. */
public enum ParticipantCategory {
    TEACHERS,
    STUDENTS,
    PARENTS,
    PSYCHOLOGISTS,
    HEADS,
    METHODISTS,
    OTHER
}
