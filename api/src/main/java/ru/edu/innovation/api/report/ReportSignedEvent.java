package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReportSignedEvent(String projectId, String reportId, String signedBy) {
}
