package ru.edu.innovation.query.admin;

/** Where the rebuild of the projections stands. */
public enum RebuildState {
    /** no rebuild since this service started */
    IDLE,
    RUNNING,
    /** every projection has read the store up to its head at the start */
    DONE,
    /** shutting down, resetting or starting a processor failed; see the error */
    FAILED
}
