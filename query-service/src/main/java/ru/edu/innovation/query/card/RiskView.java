package ru.edu.innovation.query.card;

import ru.edu.innovation.api.risk.ProjectRisk;
import ru.edu.innovation.api.risk.RiskMonitoring;

import java.util.ArrayList;
import java.util.List;

/** A risk of the running project with its monitoring entries in the order they were recorded. */
public record RiskView(String riskId, ProjectRisk risk, List<RiskMonitoring> monitoring) {

    public RiskView {
        monitoring = monitoring == null ? new ArrayList<>() : new ArrayList<>(monitoring);
    }
}
