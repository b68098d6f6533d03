package ru.edu.innovation.api.resource;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceRecordedEvent(String projectId, String resourceId, ProjectResource resource) {
}
