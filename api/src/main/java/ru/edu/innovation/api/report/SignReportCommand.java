package ru.edu.innovation.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The project leader signs a submitted (or resubmitted) report. */
public record SignReportCommand(@TargetAggregateIdentifier String projectId, String reportId) {
}
