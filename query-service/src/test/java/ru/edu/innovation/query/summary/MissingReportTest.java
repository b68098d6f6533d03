package ru.edu.innovation.query.summary;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.query.card.ProjectHistory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.query.card.ProjectHistory.approve;
import static ru.edu.innovation.query.card.ProjectHistory.returnForRevision;

/** «Reports missing»: the running stage is over by the calendar and no report covers its end. */
class MissingReportTest {

    private static final LocalDate MARCH_2023 = LocalDate.of(2023, 3, 10);

    @Test
    @DisplayName("the preparatory stage ended on 28 February without a report: the project is listed")
    void stageOverWithoutReport() {
        var missing = MissingReport.of(ProjectHistory.yayaActive().card(), MARCH_2023);

        assertThat(missing).hasValueSatisfying(report -> {
            assertThat(report.projectId()).isEqualTo(PROJECT_ID);
            assertThat(report.organizationId()).isEqualTo("imc-yaya");
            assertThat(report.organizationName()).isEqualTo("МБУ ИМЦ Яйского округа");
            assertThat(report.territory()).isEqualTo("Яйский муниципальный округ");
            assertThat(report.stageNumber()).isEqualTo(1);
            assertThat(report.stageName()).isEqualTo("Подготовительный этап");
            assertThat(report.stagePeriod().to()).isEqualTo(LocalDate.of(2023, 2, 28));
        });
    }

    @Test
    @DisplayName("while the stage runs, and on its last day, nothing is missing yet")
    void stageNotOver() {
        var card = ProjectHistory.yayaActive().card();

        assertThat(MissingReport.of(card, LocalDate.of(2023, 2, 1))).isEmpty();
        assertThat(MissingReport.of(card, LocalDate.of(2023, 2, 28))).isEmpty();
        assertThat(MissingReport.of(card, LocalDate.of(2023, 3, 1))).isPresent();
    }

    @Test
    @DisplayName("a report whose period ends within the stage covers it, even one returned for revision")
    void coveredByReport() {
        ReportSubmission winter = new ReportSubmission(ReportKind.INTERIM,
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28)), interimReportSections());
        var card = ProjectHistory.yayaActive()
                .then(new ReportSubmittedEvent(PROJECT_ID, "winter", winter, "sikora", null, null, null))
                .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, "winter", "tikhomirova"))
                .by("panina", Role.INSTITUTE).then(new ReportReviewedEvent(PROJECT_ID, "winter", ReviewLevel.INSTITUTE,
                        returnForRevision("Дополнить"), "panina"))
                .card();

        assertThat(MissingReport.of(card, MARCH_2023)).isEmpty();
    }

    @Test
    @DisplayName("seed 000's report for 2022–2023 ends in August, so it covers the implementation stage, not the preparatory one")
    void reportEndingInALaterStage() {
        ProjectHistory history = ProjectHistory.yayaActive()
                .then(new ReportSubmittedEvent(PROJECT_ID, "interim", interimReport2022_2023(), "sikora", null, null, null));
        assertThat(MissingReport.of(history.card(), MARCH_2023)).isPresent();

        history.then(new StageCompletionRequestedEvent(PROJECT_ID, 1, new StageCompletionRequest("Выполнен"), "sikora"))
                .by("panina", Role.INSTITUTE)
                .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.INSTITUTE, approve("Да"), "panina"))
                .by("minobr", Role.MINISTRY)
                .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.MINISTRY, approve("Да"), "minobr"))
                .then(new StageCompletedEvent(PROJECT_ID, 1))
                .then(new StageStartedEvent(PROJECT_ID, 2, "Этап реализации"));

        assertThat(MissingReport.of(history.card(), LocalDate.of(2024, 6, 10))).isEmpty();
    }

    @Test
    @DisplayName("the next stage, once over without a report, is listed in its turn")
    void nextStageOver() {
        var card = ProjectHistory.yayaActive()
                .then(new StageCompletionRequestedEvent(PROJECT_ID, 1, new StageCompletionRequest("Выполнен"), "sikora"))
                .by("panina", Role.INSTITUTE)
                .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.INSTITUTE, approve("Да"), "panina"))
                .by("minobr", Role.MINISTRY)
                .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.MINISTRY, approve("Да"), "minobr"))
                .then(new StageCompletedEvent(PROJECT_ID, 1))
                .then(new StageStartedEvent(PROJECT_ID, 2, "Этап реализации"))
                .card();

        assertThat(MissingReport.of(card, MARCH_2023)).isEmpty();
        assertThat(MissingReport.of(card, LocalDate.of(2024, 6, 10)))
                .hasValueSatisfying(report -> assertThat(report.stageNumber()).isEqualTo(2));
    }

    @Test
    @DisplayName("a project that is not running (a draft, an application under review) is never listed")
    void onlyActiveProjects() {
        assertThat(MissingReport.of(ProjectHistory.yayaDraft().card(), LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
