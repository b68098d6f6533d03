package ru.edu.innovation.api.risk;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RiskRecordedEvent(String projectId, String riskId, ProjectRisk risk) {
}
