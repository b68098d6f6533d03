package ru.edu.innovation.api.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

import java.math.BigDecimal;

/** The value an indicator reached over a period. */
public record IndicatorValue(@NotNull @Valid Period period, @NotNull BigDecimal value, @Size(max = 4000) String comment) {
}
