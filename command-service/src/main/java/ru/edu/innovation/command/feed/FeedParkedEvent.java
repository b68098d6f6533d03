package ru.edu.innovation.command.feed;

import java.time.Instant;

/**
 * An event the feed parked: its position in the store ({@code global_index}), id, project and place
 * in the project's stream, and why: the error's class and message, or {@code waitingBehind} when an
 * earlier event of the same project is parked and this one waits for it. {@code attempts} counts
 * the sends tried (0 for one that waits behind another).
 */
public record FeedParkedEvent(long globalIndex, String eventId, String projectId, long sequenceNumber,
                              String eventType, boolean waitingBehind, String errorClass, String errorMessage,
                              Instant parkedAt, Instant lastAttemptAt, int attempts) {
}
