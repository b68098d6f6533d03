package ru.edu.innovation.api.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The school removes a file from the version of a report it is preparing. */
public record DetachReportFileCommand(@TargetAggregateIdentifier String projectId, String reportId,
                                      @NotBlank @Size(max = 100) String attachmentId) {
}
