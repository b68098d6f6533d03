package ru.edu.innovation.query.contests;

import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.web.PeriodFilter;

import java.time.ZoneId;
import java.util.List;

/** A project's contests, olympiads and awards in a period, of a level and result where asked. */
public record ProjectContests(String projectId, long version, List<ContestRow> entries) {

    public static ProjectContests of(ProjectCard card, PeriodFilter period, OutreachLevel level, ContestResult result,
                                     ZoneId zone) {
        return new ProjectContests(card.projectId(), card.version(), card.contestEntries().values().stream()
                .filter(view -> period.includes(view.entry().date(), view.recordedAt(), zone))
                .map(ContestRow::of)
                .filter(row -> level == null || row.level() == level)
                .filter(row -> result == null || row.result() == result)
                .sorted(ContestRow.ORDER)
                .toList());
    }
}
