package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

@Revision("2")
public record ReportSubmittedEvent(String projectId, String reportId, ReportSubmission submission,
                                   String submittedBy) {
}
