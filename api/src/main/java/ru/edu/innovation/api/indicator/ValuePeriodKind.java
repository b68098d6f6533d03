package ru.edu.innovation.api.indicator;

/**
 * How a value's period is named in the documents: a calendar year («2022 год»), a school year
 * («2022–2023», September to August), either of them clipped to the project's period, or dates.
 */
public enum ValuePeriodKind {
    CALENDAR_YEAR,
    SCHOOL_YEAR,
    DATES
}
