package ru.edu.innovation.api.common;

/**
 * How far a school's work reached, as the regional report forms grade dissemination of experience
 * and contests: from the school itself to the international level.
 */
public enum OutreachLevel {
    SCHOOL,
    MUNICIPAL,
    INTER_DISTRICT,
    REGIONAL,
    INTERREGIONAL,
    FEDERAL,
    INTERNATIONAL
}
