package ru.edu.innovation.api.contest;

/** The result of a contest, olympiad or award as the diplomas name it. */
public enum ContestResult {
    WINNER,
    PRIZE_WINNER,
    LAUREATE,
    PARTICIPANT
}
