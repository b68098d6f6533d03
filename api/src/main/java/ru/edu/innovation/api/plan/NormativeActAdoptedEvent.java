package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

/** A draft act registered earlier was adopted: from now on it counts, with this date and number. */
@Revision("1")
public record NormativeActAdoptedEvent(String projectId, String actId, NormativeActAdoption adoption) {
}
