package ru.edu.innovation.query.summary;

import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectStatus;
import ru.edu.innovation.query.card.storage.ProjectCardRepository;
import ru.edu.innovation.query.dissemination.LevelCount;
import ru.edu.innovation.query.dissemination.ProjectDissemination;
import ru.edu.innovation.query.registry.ProjectRegistry;
import ru.edu.innovation.query.reviews.PendingReviewRepository;
import ru.edu.innovation.query.security.Reader;
import ru.edu.innovation.query.web.PeriodFilter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The regional summary as one reader may see it: the read API and the summary page show the same numbers. */
@Component
public class RegionalSummaries {

    private final ProjectRegistry registry;
    private final PendingReviewRepository queue;
    private final ProjectCardRepository cards;
    private final Clock clock;

    public RegionalSummaries(ProjectRegistry registry, PendingReviewRepository queue, ProjectCardRepository cards,
                             Clock clock) {
        this.registry = registry;
        this.queue = queue;
        this.cards = cards;
        this.clock = clock;
    }

    public RegionalSummary of(Reader reader) {
        // A school's numbers are its own organization's; a reviewer's their region's or territory's.
        Set<String> readable = reader.readableOrganizations();
        String organization = reader.readsEverything() ? null
                : reader.organizationId() == null ? "" : reader.organizationId();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> territories = registry.tally(ProjectRegistry.Tallied.TERRITORY, readable);
        List<Tally> byTerritory = territories.entrySet().stream()
                .map(entry -> new Tally(entry.getKey(), entry.getValue())).toList();
        Map<String, Long> levels = registry.tally(ProjectRegistry.Tallied.LEVEL, readable);
        Map<String, Long> statuses = registry.tally(ProjectRegistry.Tallied.STATUS, readable);
        Map<ReviewLevel, PendingReviewRepository.ReportsWaiting> due = queue.reportsWaiting(readable);
        List<ProjectCard> active = cards.findActive(readable);
        List<MissingReport> missing = active.stream()
                .map(card -> MissingReport.of(card, today))
                .flatMap(Optional::stream)
                .toList();

        return new RegionalSummary(today, organization,
                byTerritory.stream().mapToLong(Tally::projects).sum(), byTerritory,
                all(Arrays.stream(StatusLevel.values()).map(Enum::name).toList(), levels),
                all(Arrays.stream(ProjectStatus.values()).map(Enum::name).toList(), statuses),
                Arrays.stream(ReviewLevel.values()).map(level -> {
                    var counted = due.getOrDefault(level, new PendingReviewRepository.ReportsWaiting(0, 0));
                    return new ReportsDue(level, counted.waiting(), counted.overdue());
                }).toList(),
                missing,
                LevelCount.sum(active.stream().map(card -> ProjectDissemination.of(card, PeriodFilter.ALL, null, null,
                        clock.getZone()).byLevel()).toList()));
    }

    /** Every value of the enumeration in its order, with zero where no project has it: a steady shape for dashboards. */
    private static List<Tally> all(List<String> keys, Map<String, Long> counts) {
        return keys.stream().map(key -> new Tally(key, counts.getOrDefault(key, 0L))).toList();
    }
}
