package ru.edu.innovation.api.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordRiskMonitoringCommand(@TargetAggregateIdentifier String projectId, String riskId,
                                          @NotNull @Valid RiskMonitoring monitoring) {
}
