package ru.edu.innovation.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An event held (проведённое мероприятие). {@code activityId} names the planned activity it
 * fulfils, or is empty for an event beyond the plan.
 */
public record HeldEvent(
        @NotNull LocalDate date,
        @NotBlank @Size(max = 1000) String title,
        @NotNull EventLevel level,
        @NotBlank @Size(max = 300) String format,
        @NotNull @Valid ParticipantCounts participants,
        @NotBlank String resultsAndProducts,
        @Size(max = 100) String activityId) {
}
