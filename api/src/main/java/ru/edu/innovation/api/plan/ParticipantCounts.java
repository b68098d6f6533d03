package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Max;

/** Participants of an event held, by category. */
public record ParticipantCounts(@PositiveOrZero @Max(1_000_000) int teachers, @PositiveOrZero @Max(1_000_000) int students,
                                @PositiveOrZero @Max(1_000_000) int parents, @PositiveOrZero @Max(1_000_000) int others) {

    public int total() {
        return teachers + students + parents + others;
    }
}
