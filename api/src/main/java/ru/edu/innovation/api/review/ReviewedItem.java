package ru.edu.innovation.api.review;

/** What an approval chain decides on. */
public enum ReviewedItem {
    APPLICATION,
    REPORT,
    STAGE_COMPLETION
}
