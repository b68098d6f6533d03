package ru.edu.innovation.query.card;

import ru.edu.innovation.api.contest.ContestEntry;

import java.time.Instant;

/** A participation in a contest with the moment it was recorded, which places an undated entry in time. */
public record ContestEntryView(String entryId, ContestEntry entry, Instant recordedAt) {
}
