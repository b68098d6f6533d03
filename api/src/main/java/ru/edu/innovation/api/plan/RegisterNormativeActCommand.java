package ru.edu.innovation.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterNormativeActCommand(@TargetAggregateIdentifier String projectId, String actId, NormativeAct act) {
}
