package ru.edu.innovation.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A planned activity (мероприятие) of the roadmap. Only the title is required: real plans leave
 * out the task, the deadline («по мере необходимости») or the responsible. {@code taskNumber} is
 * the 1-based number of the project task it serves; {@code timing} keeps the plan's own words for
 * when («ежеквартально», «в течение года»); {@code plannedSessions} makes it a series of that many
 * sessions, each a held event linked to it.
 */
public record ActivityPlan(
        @Min(1) @Max(50) Integer taskNumber,
        @NotBlank @Size(max = 1000) String title,
        LocalDate startDate,
        LocalDate deadline,
        @Size(max = 1000) String responsible,
        @Size(max = 4000) String participants,
        @Size(max = 4000) String expectedResult,
        @Size(max = 300) String timing,
        @Min(1) @Max(1000) Integer plannedSessions) {

    /** A one-off activity with a deadline, as revision 1 of the plan knew every activity. */
    public ActivityPlan(Integer taskNumber, String title, LocalDate startDate, LocalDate deadline, String responsible,
                        String participants, String expectedResult) {
        this(taskNumber, title, startDate, deadline, responsible, participants, expectedResult, null, null);
    }

    @JsonIgnore
    @AssertTrue(message = "начало мероприятия не может быть позже срока")
    public boolean isScheduleOrdered() {
        return startDate == null || deadline == null || !startDate.isAfter(deadline);
    }

    /** How many held events complete it: the planned sessions of a series, one otherwise. */
    @JsonIgnore
    public int sessionsToHold() {
        return plannedSessions == null ? 1 : plannedSessions;
    }
}
