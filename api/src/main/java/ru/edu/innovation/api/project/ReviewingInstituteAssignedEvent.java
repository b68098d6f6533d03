package ru.edu.innovation.api.project;

import org.axonframework.serialization.Revision;

/**
 * The institute that reviews the project from now on: its expert review of the application, and the
 * institute's review of the project's reports and stage completions. Named by the school when it
 * submits the application, or by the ministry ({@code assignedBy}, with the role in the metadata).
 * A project stored before institutes were named has none of these events: any institute reviews it.
 */
@Revision("1")
public record ReviewingInstituteAssignedEvent(String projectId, String instituteId, String instituteName,
                                              String assignedBy) {
}
