package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

/** A file was removed from the version of a report the school is preparing. */
@Revision("1")
public record ReportFileDetachedEvent(String projectId, String reportId, String attachmentId, String detachedBy) {
}
