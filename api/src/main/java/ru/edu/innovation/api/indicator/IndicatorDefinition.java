package ru.edu.innovation.api.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A monitoring indicator (показатель), e.g. average OGE score in physics, 14.8 → 17.8. */
public record IndicatorDefinition(
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 100) String unit,
        @NotNull BigDecimal baseline,
        @NotNull BigDecimal target,
        @NotBlank @Size(max = 2000) String collectionMethod,
        @Size(max = 500) String schedule,
        @Size(max = 500) String responsible) {
}
