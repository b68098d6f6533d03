package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/** Revision 2: zero or more management actions, each may cite a normative act (revision 1 had one action as text). */
@Revision("2")
public record ActivityDeviationRecordedEvent(String projectId, String activityId, Deviation deviation) {
}
