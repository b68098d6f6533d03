package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Why an activity is dropped from the plan, decided on {@code date} (empty means today). */
public record ActivityCancellation(@NotBlank @Size(max = 4000) String reason, LocalDate date) {
}
