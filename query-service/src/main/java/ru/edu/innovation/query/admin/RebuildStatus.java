package ru.edu.innovation.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rebuild as an administrator follows it. {@code eventsTotal} is the distance from the tail of
 * the store to its head when the rebuild started (in global indexes, so an index skipped by a
 * rolled-back write counts too); {@code eventsDone} how much of it every segment of every
 * projection has read; {@code estimatedTimeLeft} is absent until the rate is known. {@code error}
 * says why a rebuild FAILED, or, while it runs, what a segment is retrying after.
 */
public record RebuildStatus(RebuildState state, List<String> processors, Instant startedAt, Instant finishedAt,
                            long eventsTotal, long eventsDone, double progress, long eventsPerSecond,
                            Duration estimatedTimeLeft, String error) {

    static RebuildStatus idle() {
        return new RebuildStatus(RebuildState.IDLE, List.of(), null, null, 0, 0, 0, 0, null, null);
    }
}
