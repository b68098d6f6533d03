package ru.edu.innovation.api.dissemination;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DisseminationRecordedEvent(String projectId, String disseminationId, Dissemination dissemination) {
}
