package ru.edu.innovation.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;

import java.time.LocalDate;

/**
 * A planned activity (мероприятие) of the roadmap. {@code taskNumber} is the 1-based number of
 * the project task it serves; {@code startDate} may be empty for a one-off activity.
 */
public record ActivityPlan(
        @Min(1) @Max(50) int taskNumber,
        @NotBlank @Size(max = 1000) String title,
        LocalDate startDate,
        @NotNull LocalDate deadline,
        @NotBlank @Size(max = 1000) String responsible,
        @Size(max = 4000) String participants,
        @Size(max = 4000) String expectedResult) {

    @JsonIgnore
    @AssertTrue(message = "начало мероприятия не может быть позже срока")
    public boolean isScheduleOrdered() {
        return startDate == null || deadline == null || !startDate.isAfter(deadline);
    }
}
