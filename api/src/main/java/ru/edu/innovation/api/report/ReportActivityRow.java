package ru.edu.innovation.api.report;

import jakarta.validation.constraints.NotBlank;

/**
 * A row of the table «planned activity / what was actually done / results, products and form of
 * sharing experience» of the analytical note.
 */
public record ReportActivityRow(@NotBlank String plannedActivity, @NotBlank String actuallyDone, String results) {
}
