package ru.edu.innovation.query.dissemination;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.dissemination.DisseminationRecordedEvent;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.web.InvalidQueryException;
import ru.edu.innovation.query.web.PeriodFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminar;
import static ru.edu.innovation.seeds.SeedProjects.pedagogicalSearchPublication;
import static ru.edu.innovation.seeds.SeedProjects.projectsPresentationSeminar;
import static ru.edu.innovation.seeds.SeedProjects.rallyMasterClasses;

/** The list of a project's dissemination of experience: order, filters by period, form and level, counts by level. */
class ProjectDisseminationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Novokuznetsk");

    /** Two undated entries recorded in July and October 2023 before two dated ones of February and May. */
    private static ProjectCard yaya() {
        return ProjectHistory.yayaActive()
                .recordedFrom(Instant.parse("2023-07-20T05:00:00Z"))
                .then(new DisseminationRecordedEvent(PROJECT_ID, "rally", rallyMasterClasses()))
                .recordedFrom(Instant.parse("2023-10-02T05:00:00Z"))
                .then(new DisseminationRecordedEvent(PROJECT_ID, "presentation", projectsPresentationSeminar()))
                .then(new DisseminationRecordedEvent(PROJECT_ID, "newspaper", pedagogicalSearchPublication()))
                .then(new DisseminationRecordedEvent(PROJECT_ID, "miro", miroSeminar()))
                .card();
    }

    @Test
    @DisplayName("dated entries by date, the undated after them in the order they were recorded")
    void datedFirst() {
        ProjectDissemination all = ProjectDissemination.of(yaya(), PeriodFilter.ALL, null, null, ZONE);

        assertThat(all.entries()).extracting(DisseminationEntry::disseminationId)
                .containsExactly("miro", "newspaper", "rally", "presentation");
        assertThat(all.entries().get(2).date()).isNull();
    }

    @Test
    @DisplayName("a period keeps the entries dated in it and the undated ones recorded in it")
    void period() {
        ProjectDissemination schoolYear = ProjectDissemination.of(yaya(),
                PeriodFilter.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 8, 31)), null, null, ZONE);

        assertThat(schoolYear.entries()).extracting(DisseminationEntry::disseminationId)
                .containsExactly("newspaper", "rally");
    }

    @Test
    @DisplayName("filters by form and by level; the counts by level are the period's and form's, every level listed")
    void formAndLevel() {
        ProjectDissemination seminars = ProjectDissemination.of(yaya(), PeriodFilter.ALL, null,
                DisseminationForm.SEMINAR, ZONE);
        ProjectDissemination interregional = ProjectDissemination.of(yaya(), PeriodFilter.ALL,
                OutreachLevel.INTERREGIONAL, null, ZONE);

        assertThat(seminars.entries()).extracting(DisseminationEntry::disseminationId)
                .containsExactly("miro", "presentation");
        assertThat(interregional.entries()).extracting(DisseminationEntry::disseminationId).containsExactly("rally");
        assertThat(interregional.byLevel()).hasSize(OutreachLevel.values().length)
                .contains(new LevelCount(OutreachLevel.MUNICIPAL, 3), new LevelCount(OutreachLevel.INTERREGIONAL, 1),
                        new LevelCount(OutreachLevel.FEDERAL, 0));
    }

    @Test
    @DisplayName("the region's counts add the projects' counts level by level")
    void sumOfProjects() {
        List<LevelCount> one = ProjectDissemination.of(yaya(), PeriodFilter.ALL, null, null, ZONE).byLevel();

        assertThat(LevelCount.sum(List.of(one, one))).contains(new LevelCount(OutreachLevel.MUNICIPAL, 6),
                new LevelCount(OutreachLevel.INTERREGIONAL, 2), new LevelCount(OutreachLevel.SCHOOL, 0));
    }

    @Test
    @DisplayName("refuses a period that ends before it starts")
    void reversedPeriod() {
        assertThatThrownBy(() -> PeriodFilter.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(InvalidQueryException.class);
    }
}
