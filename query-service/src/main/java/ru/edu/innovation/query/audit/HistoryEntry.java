package ru.edu.innovation.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * One stored event as an auditor reads it: what happened, who did it, on whose decision, and the
 * payload exactly as stored (the JSON is passed through, not parsed and written again). The API's
 * contract; {@link HistoryJson} writes it straight from the stored rows.
 */
public record HistoryEntry(long sequence, String eventId, String type, int revision, Instant occurredAt,
                           String userId, String organizationId, String role, String correlationId,
                           String causationId, String processInstanceId, String taskId, String hash,
                           @JsonRawValue @Schema(type = "object", description = "содержание события, как оно сохранено")
                           String payload) {
}
