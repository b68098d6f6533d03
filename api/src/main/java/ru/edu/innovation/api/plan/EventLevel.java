package ru.edu.innovation.api.plan;

/** The level of an event held, as the report forms classify it. */
public enum EventLevel {
    SCHOOL,
    MUNICIPAL,
    REGIONAL,
    INTERREGIONAL,
    ALL_RUSSIAN,
    INTERNATIONAL
}
