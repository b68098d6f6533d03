package ru.edu.innovation.api.risk;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RiskMonitoringRecordedEvent(String projectId, String riskId, RiskMonitoring monitoring) {
}
