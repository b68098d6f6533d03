package ru.edu.innovation.api.status;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StatusExtendedEvent(String projectId, StatusExtension extension, String extendedBy) {
}
