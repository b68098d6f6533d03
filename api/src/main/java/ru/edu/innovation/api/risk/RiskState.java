package ru.edu.innovation.api.risk;

/** What monitoring found of a risk over a period. */
public enum RiskState {
    NOT_OCCURRED,
    OCCURRED,
    MITIGATED,
    PERSISTS
}
