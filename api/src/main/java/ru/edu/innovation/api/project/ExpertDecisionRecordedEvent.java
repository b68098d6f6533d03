package ru.edu.innovation.api.project;

import org.axonframework.serialization.Revision;
import ru.edu.innovation.api.common.Review;

@Revision("1")
public record ExpertDecisionRecordedEvent(String projectId, Review review, String expert) {
}
