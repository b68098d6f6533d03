package ru.edu.innovation.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A correction of the programme (корректировка программы): the activity as it is planned from
 * {@code date} on, and why. {@code date} is the day the correction was decided; empty means today.
 */
public record ActivityAmendment(@NotNull @Valid ActivityPlan plan, @NotBlank @Size(max = 4000) String reason,
                                LocalDate date) {
}
