package ru.edu.innovation.query.summary;

/** How many projects share one value: a territory, a status level or a status. */
public record Tally(String key, long projects) {
}
