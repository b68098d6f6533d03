package ru.edu.innovation.api.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.edu.innovation.api.common.Period;

import java.math.BigDecimal;

/** The value an indicator reached over a period. */
public record IndicatorValue(@NotNull @Valid Period period, @NotNull BigDecimal value, String comment) {
}
