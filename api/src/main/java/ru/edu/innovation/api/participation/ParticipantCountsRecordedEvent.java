package ru.edu.innovation.api.participation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ParticipantCountsRecordedEvent(String projectId, String countsId, ParticipantsByCategory counts) {
}
