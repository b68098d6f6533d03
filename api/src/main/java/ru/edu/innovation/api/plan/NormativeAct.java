package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record NormativeAct(@NotNull NormativeActKind kind, String number, @NotNull LocalDate date,
                           @NotBlank String title, @NotBlank String purpose) {
}
