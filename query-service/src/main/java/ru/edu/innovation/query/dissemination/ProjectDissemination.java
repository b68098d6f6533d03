package ru.edu.innovation.query.dissemination;

import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.web.PeriodFilter;

import java.time.ZoneId;
import java.util.List;

/**
 * A project's dissemination of experience in a period, of a form and level where asked: the entries,
 * dated ones by date and the undated after them, and how many reached each level (counted before
 * the level filter, so the counts stay the period's and form's).
 */
public record ProjectDissemination(String projectId, long version, List<LevelCount> byLevel,
                                   List<DisseminationEntry> entries) {

    public static ProjectDissemination of(ProjectCard card, PeriodFilter period, OutreachLevel level,
                                          DisseminationForm form, ZoneId zone) {
        List<DisseminationEntry> inPeriod = card.dissemination().values().stream()
                .filter(view -> period.includes(view.dissemination().date(), view.recordedAt(), zone))
                .map(DisseminationEntry::of)
                .filter(entry -> form == null || entry.form() == form)
                .sorted(DisseminationEntry.ORDER)
                .toList();
        return new ProjectDissemination(card.projectId(), card.version(), LevelCount.of(inPeriod),
                inPeriod.stream().filter(entry -> level == null || entry.level() == level).toList());
    }
}
