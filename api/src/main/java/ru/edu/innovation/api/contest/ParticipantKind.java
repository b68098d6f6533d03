package ru.edu.innovation.api.contest;

/** Who took part in a contest on behalf of the project. */
public enum ParticipantKind {
    TEACHER,
    STUDENT,
    TEAM,
    ORGANIZATION
}
