package ru.edu.innovation.query.dissemination;

import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.dissemination.Publication;
import ru.edu.innovation.query.card.DisseminationView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** An entry of dissemination of experience as the lists show it; {@code date} is empty where the documents give none. */
public record DisseminationEntry(String disseminationId, DisseminationForm form, OutreachLevel level, String topic,
                                 String event, String place, LocalDate date, List<String> speakers,
                                 Publication publication, Instant recordedAt) {

    /** Dated entries by date, then the undated ones in the order they were recorded. */
    public static final Comparator<DisseminationEntry> ORDER = Comparator
            .comparing(DisseminationEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DisseminationEntry::recordedAt)
            .thenComparing(DisseminationEntry::disseminationId);

    public static DisseminationEntry of(DisseminationView view) {
        var entry = view.dissemination();
        return new DisseminationEntry(view.disseminationId(), entry.form(), entry.level(), entry.topic(), entry.event(),
                entry.place(), entry.date(), entry.speakers(), entry.publication(), view.recordedAt());
    }
}
