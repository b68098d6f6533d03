package ru.edu.innovation.api.common;

public enum ReviewDecision {
    APPROVE,
    RETURN_FOR_REVISION,
    /** Only an application can be rejected outright; reports and stages are returned instead. */
    REJECT
}
