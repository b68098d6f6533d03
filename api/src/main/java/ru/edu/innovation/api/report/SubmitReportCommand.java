package ru.edu.innovation.api.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitReportCommand(@TargetAggregateIdentifier String projectId, String reportId,
                                  @NotNull @Valid ReportSubmission submission) {
}
