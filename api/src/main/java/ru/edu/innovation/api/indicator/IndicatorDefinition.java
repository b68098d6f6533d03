package ru.edu.innovation.api.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** A monitoring indicator (показатель), e.g. average OGE score in physics, 14.8 → 17.8. */
public record IndicatorDefinition(
        @NotBlank String name,
        @NotBlank String unit,
        @NotNull BigDecimal baseline,
        @NotNull BigDecimal target,
        @NotBlank String collectionMethod,
        String schedule,
        String responsible) {
}
