package ru.edu.innovation.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A planned activity (мероприятие) of the roadmap. {@code taskNumber} is the 1-based number of
 * the project task it serves; {@code startDate} may be empty for a one-off activity.
 */
public record ActivityPlan(
        @Min(1) int taskNumber,
        @NotBlank String title,
        LocalDate startDate,
        @NotNull LocalDate deadline,
        @NotBlank String responsible,
        String participants,
        String expectedResult) {

    @JsonIgnore
    @AssertTrue(message = "начало мероприятия не может быть позже срока")
    public boolean isScheduleOrdered() {
        return startDate == null || deadline == null || !startDate.isAfter(deadline);
    }
}
