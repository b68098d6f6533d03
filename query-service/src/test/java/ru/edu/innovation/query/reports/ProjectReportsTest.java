package ru.edu.innovation.query.reports;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.query.card.Decision;
import ru.edu.innovation.query.card.ProjectHistory;
import ru.edu.innovation.query.card.ReviewStepState;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.query.card.ProjectHistory.approve;
import static ru.edu.innovation.query.card.ProjectHistory.returnForRevision;

/** Seed 000's interim report for 2022–2023 through its chain, returned once. */
class ProjectReportsTest {

    private static final String INTERIM = "interim-2022-2023";

    private static ProjectHistory returnedOnceNowAtMinistry() {
        return ProjectHistory.yayaActive()
                .then(new ReportSubmittedEvent(PROJECT_ID, INTERIM, interimReport2022_2023(), "sikora", null, null, null))
                .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, INTERIM, "tikhomirova"))
                .by("panina", Role.INSTITUTE).inTask("pi-7", "task-institute-1")
                .then(new ReportReviewedEvent(PROJECT_ID, INTERIM, ReviewLevel.INSTITUTE,
                        returnForRevision("Добавьте результаты диагностики компетенций"), "panina"))
                .by("sikora", Role.SCHOOL)
                .then(new ReportResubmittedEvent(PROJECT_ID, INTERIM, interimReportSections(), "sikora", null, null, null))
                .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, INTERIM, "tikhomirova"))
                .by("panina", Role.INSTITUTE).inTask("pi-7", "task-institute-2")
                .then(new ReportReviewedEvent(PROJECT_ID, INTERIM, ReviewLevel.INSTITUTE,
                        approve("Научный консультант: отчёт соответствует программе"), "panina"));
    }

    @Test
    @DisplayName("a report shows its kind, period and label, where it is in the chain since when, and every decision")
    void reportWithReturn() {
        ProjectHistory history = returnedOnceNowAtMinistry();

        ReportProgress report = ProjectReports.of(history.card()).reports().get(0);

        assertThat(report.reportId()).isEqualTo(INTERIM);
        assertThat(report.kind()).isEqualTo(ReportKind.INTERIM);
        assertThat(report.reportingPeriod()).isEqualTo(interimReport2022_2023().reportingPeriod());
        assertThat(report.periodLabel()).isEqualTo("2022–2023");
        assertThat(report.title()).isEqualTo("Промежуточный отчёт за 2022–2023");
        assertThat(report.step()).isEqualTo(ReviewStepState.AWAITING_MINISTRY);
        assertThat(report.stepSince()).isEqualTo(history.lastAt());
        assertThat(report.overdue()).isFalse();
        assertThat(report.decisions()).extracting(Decision::step, Decision::decision, Decision::by, Decision::role,
                        Decision::taskId)
                .containsExactly(
                        tuple("SUBMITTED", null, "sikora", "SCHOOL", null),
                        tuple("SIGNED", null, "tikhomirova", "SCHOOL", null),
                        tuple("INSTITUTE", "RETURN_FOR_REVISION", "panina", "INSTITUTE", "task-institute-1"),
                        tuple("RESUBMITTED", null, "sikora", "SCHOOL", null),
                        tuple("SIGNED", null, "tikhomirova", "SCHOOL", null),
                        tuple("INSTITUTE", "APPROVE", "panina", "INSTITUTE", "task-institute-2"));
        assertThat(report.decisions().get(2).conclusion()).isEqualTo("Добавьте результаты диагностики компетенций");
        assertThat(report.decisions().get(2).processInstanceId()).isEqualTo("pi-7");
    }

    @Test
    @DisplayName("an overdue ministry review is flagged; the acceptance clears it and ends the chain")
    void overdueThenAccepted() {
        ProjectHistory history = returnedOnceNowAtMinistry()
                .by("system", Role.SYSTEM)
                .then(new ReviewOverdueRecordedEvent(PROJECT_ID, ReviewedItem.REPORT, INTERIM, ReviewLevel.MINISTRY,
                        Instant.parse("2023-10-20T00:00:00Z"), "ministry-supervisor"));
        assertThat(ProjectReports.of(history.card()).reports().get(0).overdue()).isTrue();

        history.by("minobr", Role.MINISTRY)
                .then(new ReportReviewedEvent(PROJECT_ID, INTERIM, ReviewLevel.MINISTRY, approve("Принят"), "minobr"));

        ReportProgress report = ProjectReports.of(history.card()).reports().get(0);
        assertThat(report.overdue()).isFalse();
        assertThat(report.step()).isEqualTo(ReviewStepState.ACCEPTED);
        assertThat(report.decisions()).last().extracting(Decision::step, Decision::decision)
                .containsExactly("MINISTRY", "APPROVE");
    }

    @Test
    @DisplayName("reports are listed by reporting period; a calendar-year period is labelled as the year")
    void periodOrderAndLabels() {
        ReportSubmission calendarYear = new ReportSubmission(ReportKind.INTERIM,
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), interimReportSections());
        ReportSubmission finalReport = new ReportSubmission(ReportKind.FINAL,
                new Period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)), interimReportSections());
        ProjectReports reports = ProjectReports.of(ProjectHistory.yayaActive()
                .then(new ReportSubmittedEvent(PROJECT_ID, "final", finalReport, "sikora", null, null, null))
                .then(new ReportSubmittedEvent(PROJECT_ID, "year-2023", calendarYear, "sikora", null, null, null))
                .then(new ReportSubmittedEvent(PROJECT_ID, INTERIM, interimReport2022_2023(), "sikora", null, null, null))
                .card());

        assertThat(reports.reports()).extracting(ReportProgress::reportId, ReportProgress::periodLabel,
                        ReportProgress::title)
                .containsExactly(
                        tuple(INTERIM, "2022–2023", "Промежуточный отчёт за 2022–2023"),
                        tuple("year-2023", "2023 год", "Промежуточный отчёт за 2023 год"),
                        tuple("final", "2023–2024", "Итоговый отчёт за 2023–2024"));
        assertThat(reports.reports()).allSatisfy(report ->
                assertThat(report.step()).isEqualTo(ReviewStepState.AWAITING_SIGNATURE));
    }

    @Test
    @DisplayName("a new report for the period of a returned one is listed after it, by submission time")
    void sameSlotAfterReturn() {
        ProjectReports reports = ProjectReports.of(ProjectHistory.yayaActive()
                .then(new ReportSubmittedEvent(PROJECT_ID, "z-first", interimReport2022_2023(), "sikora", null, null, null))
                .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, "z-first", "tikhomirova"))
                .by("panina", Role.INSTITUTE).then(new ReportReviewedEvent(PROJECT_ID, "z-first", ReviewLevel.INSTITUTE,
                        returnForRevision("Подайте новый отчёт"), "panina"))
                .by("sikora", Role.SCHOOL)
                .then(new ReportSubmittedEvent(PROJECT_ID, "a-second", interimReport2022_2023(), "sikora", null, null, null))
                .card());

        assertThat(reports.reports()).extracting(ReportProgress::reportId, ReportProgress::step)
                .containsExactly(tuple("z-first", ReviewStepState.RETURNED),
                        tuple("a-second", ReviewStepState.AWAITING_SIGNATURE));
    }
}
