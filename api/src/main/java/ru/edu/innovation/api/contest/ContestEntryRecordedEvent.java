package ru.edu.innovation.api.contest;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ContestEntryRecordedEvent(String projectId, String entryId, ContestEntry entry) {
}
