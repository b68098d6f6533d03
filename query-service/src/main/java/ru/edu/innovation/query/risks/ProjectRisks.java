package ru.edu.innovation.query.risks;

import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.risk.RiskMonitoring;
import ru.edu.innovation.api.risk.RiskState;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.RiskView;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The risks of the running project, each with its mitigation and its monitoring in period order;
 * filtered by period, a risk keeps only the monitoring of the periods that meet it.
 */
public record ProjectRisks(String projectId, long version, List<Risk> risks) {

    public record Risk(String riskId, String title, String mitigation, List<Monitoring> monitoring) {
    }

    public record Monitoring(Period period, String periodLabel, RiskState state, String stateName,
                             String actionsTaken) {
    }

    public static ProjectRisks of(ProjectCard card, LocalDate from, LocalDate to) {
        return new ProjectRisks(card.projectId(), card.version(), card.risks().values().stream()
                .map(risk -> risk(risk, from, to))
                .toList());
    }

    public static String nameOf(RiskState state) {
        return switch (state) {
            case NOT_OCCURRED -> "не проявился";
            case OCCURRED -> "проявился";
            case MITIGATED -> "преодолён";
            case PERSISTS -> "сохраняется";
        };
    }

    private static Risk risk(RiskView risk, LocalDate from, LocalDate to) {
        return new Risk(risk.riskId(), risk.risk().title(), risk.risk().mitigation(), risk.monitoring().stream()
                .filter(entry -> new PeriodFilter(from, to).meets(entry.period()))
                .sorted(Comparator.comparing((RiskMonitoring entry) -> entry.period().from()))
                .map(entry -> new Monitoring(entry.period(), entry.period().label(), entry.state(),
                        nameOf(entry.state()), entry.actionsTaken()))
                .toList());
    }
}
