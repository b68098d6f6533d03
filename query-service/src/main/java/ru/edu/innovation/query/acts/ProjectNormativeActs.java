package ru.edu.innovation.query.acts;

import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.web.PeriodFilter;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A project's local acts: the adopted ones of the period (and kind, where asked), grouped by kind in
 * the order of {@link NormativeActKind} and by date within a kind, with {@code adopted} the same
 * acts in date order; the drafts apart, in the order they were registered, as they do not count yet.
 */
public record ProjectNormativeActs(String projectId, long version, List<KindGroup> byKind, List<ActEntry> adopted,
                                   List<ActEntry> drafts) {

    /** The adopted acts of one kind. */
    public record KindGroup(NormativeActKind kind, List<ActEntry> acts) {
    }

    private static final Comparator<ActEntry> BY_DATE = Comparator.comparing(ActEntry::date)
            .thenComparing(ActEntry::title).thenComparing(ActEntry::actId);

    public static ProjectNormativeActs of(ProjectCard card, PeriodFilter period, NormativeActKind kind) {
        List<ActEntry> all = card.normativeActs().entrySet().stream()
                .map(entry -> ActEntry.of(entry.getKey(), entry.getValue()))
                .filter(act -> kind == null || act.kind() == kind)
                .toList();
        // An adopted act has its date, so the period's bounds apply to it as they stand.
        List<ActEntry> adopted = all.stream()
                .filter(ActEntry::adopted)
                .filter(act -> period.includes(act.date(), null, null))
                .sorted(BY_DATE)
                .toList();
        List<KindGroup> byKind = Arrays.stream(NormativeActKind.values())
                .map(each -> new KindGroup(each, adopted.stream().filter(act -> act.kind() == each).toList()))
                .filter(group -> !group.acts().isEmpty())
                .toList();
        return new ProjectNormativeActs(card.projectId(), card.version(), byKind, adopted,
                all.stream().filter(act -> !act.adopted()).toList());
    }
}
