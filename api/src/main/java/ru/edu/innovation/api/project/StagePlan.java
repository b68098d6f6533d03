package ru.edu.innovation.api.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

/** A stage (этап) as planned in the application; stages are numbered from 1 in their order. */
public record StagePlan(@NotBlank @Size(max = 1000) String name, @NotNull @Valid Period period) {
}
