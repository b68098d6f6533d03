package ru.edu.innovation.api.participation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OrganizationParticipationRecordedEvent(String projectId, String participationId,
                                                     OrganizationParticipation participation) {
}
