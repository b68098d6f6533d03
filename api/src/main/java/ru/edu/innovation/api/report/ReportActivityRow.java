package ru.edu.innovation.api.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A row of the table «planned activity / what was actually done / results, products and form of
 * sharing experience» of the analytical note.
 */
public record ReportActivityRow(@NotBlank @Size(max = 2000) String plannedActivity, @NotBlank @Size(max = 4000) String actuallyDone,
                                @Size(max = 4000) String results) {
}
