package ru.edu.innovation.api.project;

import org.axonframework.serialization.Revision;

@Revision("2")
public record ProjectDraftRegisteredEvent(String projectId, ProjectDetails details) {
}
