package ru.edu.innovation.query.contests;

import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.api.contest.ParticipantKind;
import ru.edu.innovation.query.card.ContestEntryView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/** A participation in a contest, olympiad or award as the list shows it; {@code date} empty where none is given. */
public record ContestRow(String entryId, String contest, OutreachLevel level, ParticipantKind participantKind,
                         String participant, ContestResult result, LocalDate date, Instant recordedAt) {

    /** Dated entries by date, then the undated ones in the order they were recorded. */
    public static final Comparator<ContestRow> ORDER = Comparator
            .comparing(ContestRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ContestRow::recordedAt)
            .thenComparing(ContestRow::entryId);

    public static ContestRow of(ContestEntryView view) {
        var entry = view.entry();
        return new ContestRow(view.entryId(), entry.contest(), entry.level(), entry.participantKind(),
                entry.participant(), entry.result(), entry.date(), view.recordedAt());
    }
}
