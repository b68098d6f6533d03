package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReportResubmittedEvent(String projectId, String reportId, ReportSections sections,
                                     String submittedBy) {
}
