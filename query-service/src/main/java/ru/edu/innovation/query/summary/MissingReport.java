package ru.edu.innovation.query.summary;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.card.StageView;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A running project whose current stage is over by the calendar but has no report for it.
 *
 * <p>Kept deliberately simple: a project counts when its status is ACTIVE, the stage it is in
 * (not yet completed) ended before today, and none of its reports — interim or final, in whatever
 * step of the chain, a returned one included — has a reporting period that ends within that
 * stage. A stage whose completion is under review still counts: approving the stage does not
 * replace the report.
 */
public record MissingReport(String projectId, String theme, String organizationId, String organizationName,
                            String territory, int stageNumber, String stageName, Period stagePeriod) {

    public static Optional<MissingReport> of(ProjectCard card, LocalDate today) {
        if (card.status() != ProjectStatus.ACTIVE || card.currentStage() < 1
                || card.currentStage() > card.stages().size()) {
            return Optional.empty();
        }
        StageView stage = card.stages().get(card.currentStage() - 1);
        if (stage.completed() || !stage.period().to().isBefore(today)) {
            return Optional.empty();
        }
        boolean reported = card.reports().values().stream()
                .anyMatch(report -> stage.period().contains(report.reportingPeriod().to()));
        if (reported) {
            return Optional.empty();
        }
        var lead = card.details().leadOrganization();
        return Optional.of(new MissingReport(card.projectId(), card.details().theme(), lead.id(),
                lead.shortName() == null || lead.shortName().isBlank() ? lead.fullName() : lead.shortName(),
                lead.territory(), stage.number(), stage.name(), stage.period()));
    }
}
