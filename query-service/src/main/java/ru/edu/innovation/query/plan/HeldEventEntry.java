package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.plan.Audience;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.Presenter;
import ru.edu.innovation.query.card.HeldEventView;
import ru.edu.innovation.query.participation.ProjectParticipants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An event held (проведённое мероприятие), as the column «what was actually done» and the list of
 * events held show it. {@code heldOn} is its day, or the first day of its month when only the month
 * is known; {@code activityId} the planned activity it fulfils, empty for an event beyond the plan;
 * {@code participants} by category with each category's name as reports print it.
 */
public record HeldEventEntry(String heldEventId, LocalDate date, String month, LocalDate heldOn, String title,
                             EventLevel level, String format, List<ProjectParticipants.Category> participants,
                             int participantsTotal,
                             String resultsAndProducts, List<Presenter> presenters, String hostOrganization,
                             String direction, List<Audience> audience, String activityId, Instant recordedAt) {

    static final Comparator<HeldEventEntry> BY_DAY = Comparator.comparing(HeldEventEntry::heldOn)
            .thenComparing(HeldEventEntry::title).thenComparing(HeldEventEntry::heldEventId);

    static HeldEventEntry of(HeldEventView view) {
        HeldEvent event = view.event();
        return new HeldEventEntry(view.heldEventId(), event.date(), event.month(), event.heldOn(), event.title(),
                event.level(), event.format(), event.participants().stream().map(ProjectParticipants::category).toList(),
                event.participantsTotal(), event.resultsAndProducts(),
                event.presenters(), event.hostOrganization(), event.direction(), event.audience(), event.activityId(),
                view.recordedAt());
    }

    /** Held on or before {@code day}: a month counts once it has begun. */
    public boolean heldBy(LocalDate day) {
        return !heldOn.isAfter(day);
    }

    /** Held within [from, to], either end open when empty; a month counts when it overlaps them. */
    public boolean within(LocalDate from, LocalDate to) {
        LocalDate lastDay = date != null ? date : heldOn.plusMonths(1).minusDays(1);
        return (from == null || !lastDay.isBefore(from)) && (to == null || !heldOn.isAfter(to));
    }
}
