package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;

/**
 * The school resubmitted a returned report: its next version, frozen as {@link ReportSubmittedEvent}
 * says. A resubmission stored before versions were frozen (revision 2) reads with the three last
 * fields empty.
 */
@Revision("3")
public record ReportResubmittedEvent(String projectId, String reportId, ReportSections sections,
                                     String submittedBy, Integer version, Long basedOnSequence, String contentSha256) {
}
