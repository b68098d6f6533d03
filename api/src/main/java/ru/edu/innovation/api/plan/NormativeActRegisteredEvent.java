package ru.edu.innovation.api.plan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NormativeActRegisteredEvent(String projectId, String actId, NormativeAct act) {
}
