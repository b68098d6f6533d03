package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/** The activity as planned from the amendment's date on; its date is always set. The earlier plans stay in the history. */
@Revision("1")
public record ActivityAmendedEvent(String projectId, String activityId, ActivityAmendment amendment) {
}
