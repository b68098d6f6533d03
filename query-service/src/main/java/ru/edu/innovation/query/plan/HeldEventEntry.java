package ru.edu.innovation.query.plan;

import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.query.card.HeldEventView;

import java.time.Instant;
import java.time.LocalDate;

/** An event held (проведённое мероприятие), as the column «what was actually done» shows it. */
public record HeldEventEntry(String heldEventId, LocalDate date, String title, EventLevel level, String format,
                             ParticipantCounts participants, int participantsTotal, String resultsAndProducts,
                             Instant recordedAt) {

    static HeldEventEntry of(HeldEventView view) {
        var event = view.event();
        return new HeldEventEntry(view.heldEventId(), event.date(), event.title(), event.level(), event.format(),
                event.participants(), event.participants() == null ? 0 : event.participants().total(),
                event.resultsAndProducts(), view.recordedAt());
    }
}
