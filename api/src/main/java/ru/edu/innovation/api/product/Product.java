package ru.edu.innovation.api.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A product of the project: its title and kind, the task ({@code taskNumber}, 1-based) or planned
 * activity ({@code activityId}) it came from where known, and where to find it ({@code reference}:
 * an address or an appendix of a report).
 */
public record Product(
        @NotBlank @Size(max = 1000) String title,
        @NotNull ProductKind kind,
        @Min(1) @Max(50) Integer taskNumber,
        @Size(max = 100) String activityId,
        @Size(max = 1000) String reference) {
}
