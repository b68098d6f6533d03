package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/** Revision 2: only title and day or month required; presenters, host, direction, audience added. */
@Revision("2")
public record HeldEventRecordedEvent(String projectId, String heldEventId, HeldEvent event) {
}
