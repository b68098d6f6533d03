package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

/**
 * A file was attached to the version of a report the school is preparing: its stored bytes are
 * found by {@code attachmentId} and proven by {@code sha256}. {@code appendix} (number or title of
 * the form's appendix) may be {@code null}.
 */
@Revision("1")
public record ReportFileAttachedEvent(String projectId, String reportId, String attachmentId, String fileName,
                                      String mediaType, long size, String sha256, String appendix,
                                      String attachedBy) {
}
