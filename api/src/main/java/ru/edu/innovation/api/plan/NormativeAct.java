package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record NormativeAct(@NotNull NormativeActKind kind, @Size(max = 100) String number, @NotNull LocalDate date,
                           @NotBlank @Size(max = 1000) String title, @NotBlank @Size(max = 4000) String purpose) {
}
