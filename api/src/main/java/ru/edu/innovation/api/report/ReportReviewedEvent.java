package ru.edu.innovation.api.report;

import org.axonframework.serialization.Revision;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewLevel;

@Revision("1")
public record ReportReviewedEvent(String projectId, String reportId, ReviewLevel level, Review review,
                                  String reviewer) {
}
