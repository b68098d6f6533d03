package ru.edu.innovation.query.indicators;

import ru.edu.innovation.query.card.ProjectCard;

import java.util.Comparator;
import java.util.List;

/** The indicators of a project, by name, so a report lists them the same way every time. */
public record ProjectIndicators(String projectId, long version, List<IndicatorProgress> indicators) {

    public static ProjectIndicators of(ProjectCard card) {
        return new ProjectIndicators(card.projectId(), card.version(), card.indicators().values().stream()
                .map(IndicatorProgress::of)
                .sorted(Comparator.comparing(IndicatorProgress::name).thenComparing(IndicatorProgress::indicatorId))
                .toList());
    }
}
