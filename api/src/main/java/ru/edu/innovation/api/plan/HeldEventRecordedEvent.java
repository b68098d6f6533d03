package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record HeldEventRecordedEvent(String projectId, String heldEventId, HeldEvent event) {
}
