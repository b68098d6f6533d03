package ru.edu.innovation.api.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ApplicationSignedEvent(String projectId, String signedBy) {
}
