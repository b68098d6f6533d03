package ru.edu.innovation.query.admin;

import java.time.Instant;

/**
 * An event a projection parked: its processing group, the event's id and position in the store
 * ({@code global_index}), its project and place in the project's stream, and why: the error's class
 * and message, or {@code waitingBehind} when an earlier event of the same project is parked and this
 * one waits for it. {@code attempts} counts the tries (the first one and each retry).
 */
public record ParkedEvent(String processingGroup, String eventId, Long globalIndex, String projectId,
                          Long sequenceNumber, String eventType, boolean waitingBehind, String errorClass,
                          String errorMessage, Instant parkedAt, Instant lastAttemptAt, int attempts) {
}
