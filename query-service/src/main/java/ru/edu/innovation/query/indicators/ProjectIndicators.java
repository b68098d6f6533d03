package ru.edu.innovation.query.indicators;

import ru.edu.innovation.query.card.ProjectCard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The indicators of a project, by name, so a report lists them the same way every time. */
public record ProjectIndicators(String projectId, long version, List<IndicatorProgress> indicators) {

    public static ProjectIndicators of(ProjectCard card) {
        return of(card, null, null);
    }

    /** Each indicator with the values of the periods that meet {@code from} – {@code to} only (either end open). */
    public static ProjectIndicators of(ProjectCard card, LocalDate from, LocalDate to) {
        return new ProjectIndicators(card.projectId(), card.version(), card.indicators().values().stream()
                .map(indicator -> IndicatorProgress.of(indicator, from, to))
                .sorted(Comparator.comparing(IndicatorProgress::name).thenComparing(IndicatorProgress::indicatorId))
                .toList());
    }
}
