package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.PositiveOrZero;

/** Participants of an event held, by category. */
public record ParticipantCounts(@PositiveOrZero int teachers, @PositiveOrZero int students,
                                @PositiveOrZero int parents, @PositiveOrZero int others) {

    public int total() {
        return teachers + students + parents + others;
    }
}
