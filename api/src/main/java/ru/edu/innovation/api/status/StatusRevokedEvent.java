package ru.edu.innovation.api.status;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StatusRevokedEvent(String projectId, StatusRevocation revocation, String revokedBy) {
}
