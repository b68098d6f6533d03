package ru.edu.innovation.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResubmitReportCommand(@TargetAggregateIdentifier String projectId, String reportId,
                                    ReportSections sections) {
}
