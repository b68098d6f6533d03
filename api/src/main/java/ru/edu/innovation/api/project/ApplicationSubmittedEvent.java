package ru.edu.innovation.api.project;

import org.axonframework.serialization.Revision;

import ru.edu.innovation.api.common.StatusLevel;

@Revision("1")
public record ApplicationSubmittedEvent(String projectId, StatusLevel levelAppliedFor, String leadOrganizationId,
                                        String submittedBy) {
}
