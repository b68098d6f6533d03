package ru.edu.innovation.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One stored event as an auditor reads it: what happened, who did it, on whose decision, and the payload. */
public record HistoryEntry(long sequence, String eventId, String type, int revision, Instant occurredAt,
                           String userId, String organizationId, String role, String correlationId,
                           String causationId, String processInstanceId, String taskId, String hash,
                           JsonNode payload) {
}
