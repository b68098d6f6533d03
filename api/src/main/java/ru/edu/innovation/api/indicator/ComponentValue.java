package ru.edu.innovation.api.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The value one component of an indicator reached over a period, kept at the scale it was written with. */
public record ComponentValue(@NotBlank @Size(max = 300) String component, @NotNull BigDecimal value) {
}
