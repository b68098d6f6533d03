package ru.edu.innovation.api.status;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StatusAssignedEvent(String projectId, StatusOrder order, String assignedBy) {
}
