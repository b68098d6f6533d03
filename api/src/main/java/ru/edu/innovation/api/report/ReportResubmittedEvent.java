package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

@Revision("2")
public record ReportResubmittedEvent(String projectId, String reportId, ReportSections sections,
                                     String submittedBy) {
}
