package ru.edu.innovation.query.contests;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.contest.ContestEntry;
import ru.edu.innovation.api.contest.ContestEntryRecordedEvent;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.api.contest.ParticipantKind;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.web.PeriodFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.seeds.SeedProjects.conferenceParticipation;

/** The list of a project's contests, olympiads and awards. */
class ProjectContestsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Novokuznetsk");
    private static final ContestEntry AWARD = new ContestEntry("Конкурс «Лучший Центр образования „Точка роста“»",
            OutreachLevel.REGIONAL, ParticipantKind.ORGANIZATION, "МБОУ «Судженская ООШ №36»", ContestResult.LAUREATE,
            null);

    private static ProjectCard yaya() {
        return ProjectHistory.yayaActive()
                .recordedFrom(Instant.parse("2023-06-01T05:00:00Z"))
                .then(new ContestEntryRecordedEvent(PROJECT_ID, "award", AWARD))
                .then(new ContestEntryRecordedEvent(PROJECT_ID, "conference", conferenceParticipation()))
                .card();
    }

    @Test
    @DisplayName("dated entries first; filters by level, result and period, an undated entry by the day it was recorded")
    void orderAndFilters() {
        assertThat(ProjectContests.of(yaya(), PeriodFilter.ALL, null, null, ZONE).entries())
                .extracting(ContestRow::entryId).containsExactly("conference", "award");
        assertThat(ProjectContests.of(yaya(), PeriodFilter.ALL, OutreachLevel.MUNICIPAL, null, ZONE).entries())
                .extracting(ContestRow::entryId).containsExactly("conference");
        assertThat(ProjectContests.of(yaya(), PeriodFilter.ALL, null, ContestResult.LAUREATE, ZONE).entries())
                .singleElement().satisfies(row -> {
                    assertThat(row.participantKind()).isEqualTo(ParticipantKind.ORGANIZATION);
                    assertThat(row.participant()).isEqualTo("МБОУ «Судженская ООШ №36»");
                });
        assertThat(ProjectContests.of(yaya(), PeriodFilter.of(LocalDate.of(2023, 5, 1), null), null, null, ZONE)
                .entries()).extracting(ContestRow::entryId).containsExactly("award");
    }
}
