package ru.edu.innovation.api.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResubmitReportCommand(@TargetAggregateIdentifier String projectId, String reportId,
                                    @NotNull @Valid ReportSections sections) {
}
