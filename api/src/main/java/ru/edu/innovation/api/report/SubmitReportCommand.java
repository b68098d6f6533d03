package ru.edu.innovation.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitReportCommand(@TargetAggregateIdentifier String projectId, String reportId,
                                  ReportSubmission submission) {
}
