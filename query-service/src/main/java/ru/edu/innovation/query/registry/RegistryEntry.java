package ru.edu.innovation.query.registry;

import java.time.Instant;

/** One line of the registry of projects. */
public record RegistryEntry(String projectId, String theme, String level, String status, String territory,
                            int currentStage, String leadOrganizationId, String leadOrganizationName,
                            Instant registeredAt, Instant updatedAt, long version) {
}
