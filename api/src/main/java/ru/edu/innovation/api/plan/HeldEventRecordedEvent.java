package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/**
 * Revision 2: only title and day or month required; presenters, host, direction, audience added.
 * Revision 3: participants by category (педагоги, руководители, обучающиеся …) instead of four numbers.
 */
@Revision("3")
public record HeldEventRecordedEvent(String projectId, String heldEventId, HeldEvent event) {
}
