package ru.edu.innovation.api.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * One named part of an indicator measured as several in one, e.g. the subject competency of a
 * competency diagnostics by area; baseline and target only where the documents give them.
 */
public record IndicatorComponent(@NotBlank @Size(max = 300) String name, BigDecimal baseline, BigDecimal target) {
}
