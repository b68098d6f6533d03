package ru.edu.innovation.api.common;

/** The two levels above the school in every approval chain. */
public enum ReviewLevel {
    INSTITUTE,
    MINISTRY
}
