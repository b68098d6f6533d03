package ru.edu.innovation.api.participation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TeamMemberRecordedEvent(String projectId, String memberId, TeamMemberProfile member) {
}
