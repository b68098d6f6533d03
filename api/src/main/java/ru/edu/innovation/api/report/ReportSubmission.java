package ru.edu.innovation.api.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.edu.innovation.api.common.Period;

public record ReportSubmission(@NotNull ReportKind kind, @NotNull @Valid Period reportingPeriod,
                               @NotNull @Valid ReportSections sections) {
}
