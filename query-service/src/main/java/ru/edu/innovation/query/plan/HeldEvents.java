package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.query.card.ActivityView;
import ru.edu.innovation.query.card.ProjectCard;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's events held (проведённые мероприятия), planned or not, in the order they were held,
 * within a period and at a level when asked; either end of the period may be open.
 */
public record HeldEvents(String projectId, long version, LocalDate from, LocalDate to, EventLevel level,
                         List<HeldEventEntry> events) {

    public static HeldEvents of(ProjectCard card, LocalDate from, LocalDate to, EventLevel level) {
        List<HeldEventEntry> events = Stream.concat(
                        card.activities().values().stream().map(ActivityView::held).flatMap(List::stream),
                        card.unplannedEvents().stream())
                .map(HeldEventEntry::of)
                .filter(event -> event.within(from, to))
                .filter(event -> level == null || level == event.level())
                .sorted(HeldEventEntry.BY_DAY)
                .toList();
        return new HeldEvents(card.projectId(), card.version(), from, to, level, events);
    }
}
