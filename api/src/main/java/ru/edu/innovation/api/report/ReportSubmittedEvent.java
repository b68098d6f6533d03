package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

/**
 * The school submitted a report: version 1 of it. The version is frozen in the history: its sections
 * are here, and the rest of the document is the project as it stood at its event
 * {@code basedOnSequence}, the one just before this. {@code contentSha256} binds both (the sections'
 * canonical form and that event's link of the hash chain). A report submitted before versions were
 * frozen (revision 2) reads with all three empty: its number follows from its order.
 */
@Revision("3")
public record ReportSubmittedEvent(String projectId, String reportId, ReportSubmission submission,
                                   String submittedBy, Integer version, Long basedOnSequence, String contentSha256) {
}
