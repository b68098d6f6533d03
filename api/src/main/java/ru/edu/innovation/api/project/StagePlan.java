package ru.edu.innovation.api.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import ru.edu.innovation.api.common.Period;

/** A stage (этап) as planned in the application; stages are numbered from 1 in their order. */
public record StagePlan(@NotBlank String name, @NotNull @Valid Period period) {
}
