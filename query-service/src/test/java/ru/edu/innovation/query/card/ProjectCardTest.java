package ru.edu.innovation.query.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.DecidingAct;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ExpertDecisionRecordedEvent;
import ru.edu.innovation.api.project.MinistryDecisionRecordedEvent;
import ru.edu.innovation.api.project.ProjectCompletedEvent;
import ru.edu.innovation.api.project.ProjectCompletion;
import ru.edu.innovation.api.report.ReportFileAttachedEvent;
import ru.edu.innovation.api.report.ReportFileDetachedEvent;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.api.status.StatusExtendedEvent;
import ru.edu.innovation.api.status.StatusExtension;
import ru.edu.innovation.api.status.StatusRevocation;
import ru.edu.innovation.api.status.StatusRevokedEvent;
import ru.edu.innovation.query.plan.CalendarPlan;
import ru.edu.innovation.query.reviews.PendingReview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_THEME;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaFirstDayDraft;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.query.card.ProjectHistory.approve;
import static ru.edu.innovation.query.card.ProjectHistory.reject;
import static ru.edu.innovation.query.card.ProjectHistory.returnForRevision;

/** The fold of a project's events into its card, handler by handler, with seed 004's project. */
class ProjectCardTest {

    private static final String REPORT = "report-2022-2023";

    @Nested
    @DisplayName("the application")
    class Application {

        @Test
        @DisplayName("a draft with only level, theme and lead organization is a card without stages, and its plan is empty")
        void firstDayDraft() {
            ProjectCard card = ProjectHistory.draft(yayaFirstDayDraft()).card();

            assertThat(card.status()).isEqualTo(ProjectStatus.DRAFT);
            assertThat(card.level()).isEqualTo(StatusLevel.REGIONAL);
            assertThat(card.details().theme()).isEqualTo(YAYA_THEME);
            assertThat(card.details().period()).isNull();
            assertThat(card.details().leader()).isNull();
            assertThat(card.stages()).isEmpty();
            CalendarPlan plan = CalendarPlan.of(card, LocalDate.of(2023, 1, 10));
            assertThat(plan.activities()).isEmpty();
            assertThat(plan.stages()).isEmpty();
            assertThat(plan.tasks()).isEmpty();
            assertThat(PendingReview.of(card)).isEmpty();
        }

        @Test
        @DisplayName("moves draft → submitted → signed → at the institute → at the ministry → active, step by step")
        void approvalChain() {
            ProjectHistory history = ProjectHistory.yayaDraft();
            assertThat(history.card().status()).isEqualTo(ProjectStatus.DRAFT);
            assertThat(history.card().projectId()).isEqualTo(PROJECT_ID);
            assertThat(history.card().level()).isEqualTo(StatusLevel.REGIONAL);
            assertThat(history.card().stages()).extracting(StageView::name)
                    .containsExactly("Подготовительный этап", "Этап реализации", "Итоговый этап");

            history.then(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, "imc-yaya", "sikora"));
            assertThat(history.card().status()).isEqualTo(ProjectStatus.SUBMITTED);

            history.by("tikhomirova", Role.SCHOOL).inTask("pi-1", "task-sign")
                    .then(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"));
            assertThat(history.card().status()).isEqualTo(ProjectStatus.AT_INSTITUTE);

            history.by("panina", Role.INSTITUTE).inTask("pi-1", "task-institute")
                    .then(new ExpertDecisionRecordedEvent(PROJECT_ID, approve("Соответствует требованиям"), "panina"));
            assertThat(history.card().status()).isEqualTo(ProjectStatus.AT_MINISTRY);
            assertThat(history.card().statusSince()).isEqualTo(history.lastAt());

            history.by("minobr", Role.MINISTRY).inTask("pi-1", "task-ministry")
                    .then(new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), "minobr", DecidingAct.MINISTRY_ORDER, "minobr-kuzbass"))
                    .then(new StageStartedEvent(PROJECT_ID, 1, "Подготовительный этап"));

            ProjectCard card = history.card();
            assertThat(card.status()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(card.statusOrder().orderNumber()).isEqualTo("2469");
            assertThat(card.currentStage()).isEqualTo(1);
            assertThat(card.stages().get(0).started()).isTrue();
            assertThat(card.stages().get(1).started()).isFalse();
            assertThat(card.version()).isEqualTo(5);
            assertThat(card.application()).extracting(Decision::step)
                    .containsExactly("SUBMITTED", "SIGNED", "INSTITUTE", "MINISTRY");
            assertThat(card.application().get(2)).isEqualTo(new Decision("INSTITUTE", "APPROVE",
                    "Соответствует требованиям", "panina", "INSTITUTE", card.application().get(2).at(), "pi-1",
                    "task-institute"));
            assertThat(card.application().get(3).conclusion()).isEqualTo("Приказ №2469 от 2022-09-30");
            assertThat(card.application().get(3).by()).isEqualTo("minobr");
            assertThat(card.statusAct()).isEqualTo(DecidingAct.MINISTRY_ORDER);
            assertThat(card.statusIssuedBy()).isEqualTo("minobr-kuzbass");
        }

        @Test
        @DisplayName("returned by the institute goes back to the school, and the resubmission starts the chain again")
        void returnAndResubmission() {
            ProjectHistory history = ProjectHistory.yayaDraft()
                    .then(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, "imc-yaya", "sikora"))
                    .by("tikhomirova", Role.SCHOOL)
                    .then(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"))
                    .by("panina", Role.INSTITUTE)
                    .then(new ExpertDecisionRecordedEvent(PROJECT_ID, returnForRevision("Уточнить показатели"), "panina"));
            assertThat(history.card().status()).isEqualTo(ProjectStatus.RETURNED);
            assertThat(PendingReview.of(history.card())).isEmpty();

            history.by("sikora", Role.SCHOOL)
                    .then(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, "imc-yaya", "sikora"));
            assertThat(history.card().status()).isEqualTo(ProjectStatus.SUBMITTED);
            history.by("tikhomirova", Role.SCHOOL).then(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"));

            assertThat(history.card().status()).isEqualTo(ProjectStatus.AT_INSTITUTE);
            assertThat(history.card().application()).extracting(Decision::step, Decision::decision)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("SUBMITTED", null),
                            org.assertj.core.groups.Tuple.tuple("SIGNED", null),
                            org.assertj.core.groups.Tuple.tuple("INSTITUTE", "RETURN_FOR_REVISION"),
                            org.assertj.core.groups.Tuple.tuple("SUBMITTED", null),
                            org.assertj.core.groups.Tuple.tuple("SIGNED", null));
        }

        @Test
        @DisplayName("the ministry returns it for revision or rejects it")
        void ministryReturnsOrRejects() {
            ProjectHistory returned = atMinistry()
                    .then(new MinistryDecisionRecordedEvent(PROJECT_ID, returnForRevision("Нет приказа ОО"), "minobr"));
            assertThat(returned.card().status()).isEqualTo(ProjectStatus.RETURNED);

            ProjectHistory rejected = atMinistry()
                    .then(new MinistryDecisionRecordedEvent(PROJECT_ID, reject("Тема не актуальна"), "minobr"));
            assertThat(rejected.card().status()).isEqualTo(ProjectStatus.REJECTED);
            assertThat(rejected.card().application().get(3).decision()).isEqualTo("REJECT");
        }

        @Test
        @DisplayName("an overdue review is marked while it waits and cleared by the next decision")
        void overdueApplication() {
            ProjectHistory history = ProjectHistory.yayaDraft()
                    .then(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, "imc-yaya", "sikora"))
                    .by("tikhomirova", Role.SCHOOL).then(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"));
            Instant signedAt = history.lastAt();
            history.by("system", Role.SYSTEM).then(new ReviewOverdueRecordedEvent(PROJECT_ID, ReviewedItem.APPLICATION,
                    null, ReviewLevel.INSTITUTE, Instant.parse("2022-09-15T00:00:00Z"), "institute-supervisor"));

            assertThat(history.card().applicationOverdue()).isTrue();
            assertThat(history.card().statusSince()).isEqualTo(signedAt);
            assertThat(PendingReview.of(history.card())).singleElement()
                    .satisfies(pending -> {
                        assertThat(pending.item()).isEqualTo(ReviewedItem.APPLICATION);
                        assertThat(pending.level()).isEqualTo(ReviewLevel.INSTITUTE);
                        assertThat(pending.overdue()).isTrue();
                        assertThat(pending.waitingSince()).isEqualTo(signedAt);
                    });

            history.by("panina", Role.INSTITUTE)
                    .then(new ExpertDecisionRecordedEvent(PROJECT_ID, approve("Соответствует"), "panina"));
            assertThat(history.card().applicationOverdue()).isFalse();
            assertThat(PendingReview.of(history.card())).singleElement()
                    .satisfies(pending -> assertThat(pending.level()).isEqualTo(ReviewLevel.MINISTRY));
        }

        @Test
        @DisplayName("a chain deleted by an administrator returns the application to the school and leaves the pending reviews")
        void deletedChain() {
            ProjectHistory history = atMinistry();
            history.by("admin", Role.ADMIN).then(new ApprovalCancelledEvent(PROJECT_ID, ReviewedItem.APPLICATION, null,
                    "pi-1", "admin"));

            assertThat(history.card().status()).isEqualTo(ProjectStatus.RETURNED);
            assertThat(history.card().application()).last()
                    .satisfies(step -> {
                        assertThat(step.step()).isEqualTo("CANCELLED");
                        assertThat(step.by()).isEqualTo("admin");
                    });
            assertThat(PendingReview.of(history.card())).isEmpty();
        }

        @Test
        @DisplayName("a status is extended, and revoked early by an order")
        void extendedAndRevoked() {
            ProjectHistory history = ProjectHistory.yayaActive().by("minobr", Role.MINISTRY)
                    .then(new StatusExtendedEvent(PROJECT_ID,
                            new StatusExtension("3100", LocalDate.of(2024, 8, 1), LocalDate.of(2025, 8, 31)), "minobr"))
                    .then(new StatusRevokedEvent(PROJECT_ID,
                            new StatusRevocation("120", LocalDate.of(2025, 2, 1), "Нарушение сроков отчётности"), "minobr"));

            assertThat(history.card().statusExtensions()).extracting(StatusExtension::orderNumber).containsExactly("3100");
            assertThat(history.card().status()).isEqualTo(ProjectStatus.REVOKED);
            assertThat(history.card().revocation().reason()).isEqualTo("Нарушение сроков отчётности");
        }

        private ProjectHistory atMinistry() {
            return ProjectHistory.yayaDraft()
                    .then(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, "imc-yaya", "sikora"))
                    .by("tikhomirova", Role.SCHOOL).then(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"))
                    .by("panina", Role.INSTITUTE)
                    .then(new ExpertDecisionRecordedEvent(PROJECT_ID, approve("Соответствует"), "panina"))
                    .by("minobr", Role.MINISTRY);
        }
    }

    @Nested
    @DisplayName("a report")
    class Reports {

        @Test
        @DisplayName("knows its frozen versions: number, when, by whom, the event it is based on and its digest")
        void frozenVersions() {
            ProjectHistory history = ProjectHistory.yayaActive();
            long basedOn = history.card().version();
            history.then(new ReportSubmittedEvent(PROJECT_ID, REPORT, interimReport2022_2023(), "sikora", 1, basedOn,
                            "a1".repeat(32)))
                    .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, REPORT, "tikhomirova"))
                    .by("panina", Role.INSTITUTE).then(review(ReviewLevel.INSTITUTE, returnForRevision("Дополните")));
            long beforeResubmission = history.card().version();
            history.by("sikora", Role.SCHOOL).then(new ReportResubmittedEvent(PROJECT_ID, REPORT, interimReportSections(),
                    "sikora", 2, beforeResubmission, "b2".repeat(32)));

            ReportView report = report(history);
            assertThat(report.versions()).extracting(ReportVersion::number, ReportVersion::submittedBy,
                            ReportVersion::sequence, ReportVersion::basedOnSequence, ReportVersion::sha256)
                    .containsExactly(tuple(1, "sikora", basedOn + 1, basedOn, "a1".repeat(32)),
                            tuple(2, "sikora", beforeResubmission + 1, beforeResubmission, "b2".repeat(32)));
            assertThat(report.latestVersion()).map(ReportVersion::number).contains(2);
            assertThat(report.decisionsOn(1)).extracting(Decision::step).containsExactly("SUBMITTED", "SIGNED", "INSTITUTE");
            assertThat(report.decisionsOn(2)).extracting(Decision::step).containsExactly("RESUBMITTED");
        }

        @Test
        @DisplayName("numbers the versions submitted before versions were frozen by their order, based on the event before each")
        void versionsOfRevision2Events() {
            ProjectHistory history = ProjectHistory.yayaActive()
                    .then(new ReportSubmittedEvent(PROJECT_ID, REPORT, interimReport2022_2023(), "sikora", null, null, null))
                    .then(new ReportResubmittedEvent(PROJECT_ID, REPORT, interimReportSections(), "sikora", null, null, null));
            long last = history.card().version();

            assertThat(report(history).versions()).extracting(ReportVersion::number, ReportVersion::basedOnSequence,
                    ReportVersion::sha256).containsExactly(tuple(1, last - 2, null), tuple(2, last - 1, null));
        }

        @Test
        @DisplayName("goes school → institute → ministry; a return sends it back, the resubmission starts the chain again")
        void chainWithReturn() {
            ProjectHistory history = ProjectHistory.yayaActive()
                    .then(new ReportSubmittedEvent(PROJECT_ID, REPORT, interimReport2022_2023(), "sikora", null, null, null));
            assertThat(report(history).step()).isEqualTo(ReviewStepState.AWAITING_SIGNATURE);

            history.by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, REPORT, "tikhomirova"));
            assertThat(report(history).step()).isEqualTo(ReviewStepState.AWAITING_INSTITUTE);
            assertThat(report(history).stepSince()).isEqualTo(history.lastAt());

            history.by("panina", Role.INSTITUTE).inTask("pi-report", "task-1")
                    .then(review(ReviewLevel.INSTITUTE, returnForRevision("Нет заключения о диагностике")));
            assertThat(report(history).step()).isEqualTo(ReviewStepState.RETURNED);

            history.by("sikora", Role.SCHOOL)
                    .then(new ReportResubmittedEvent(PROJECT_ID, REPORT, interimReportSections(), "sikora", null, null, null));
            assertThat(report(history).step()).isEqualTo(ReviewStepState.AWAITING_SIGNATURE);

            history.by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, REPORT, "tikhomirova"))
                    .by("panina", Role.INSTITUTE).inTask("pi-report", "task-2")
                    .then(review(ReviewLevel.INSTITUTE, approve("Отчёт соответствует программе")));
            assertThat(report(history).step()).isEqualTo(ReviewStepState.AWAITING_MINISTRY);

            history.by("minobr", Role.MINISTRY).inTask("pi-report", "task-3")
                    .then(review(ReviewLevel.MINISTRY, approve("Отчёт принят")));

            ReportView report = report(history);
            assertThat(report.step()).isEqualTo(ReviewStepState.ACCEPTED);
            assertThat(report.reportingPeriod().label()).isEqualTo("2022–2023");
            assertThat(report.decisions()).extracting(Decision::step).containsExactly(
                    "SUBMITTED", "SIGNED", "INSTITUTE", "RESUBMITTED", "SIGNED", "INSTITUTE", "MINISTRY");
            assertThat(report.decisions().get(2)).satisfies(decision -> {
                assertThat(decision.decision()).isEqualTo(ReviewDecision.RETURN_FOR_REVISION.name());
                assertThat(decision.conclusion()).isEqualTo("Нет заключения о диагностике");
                assertThat(decision.by()).isEqualTo("panina");
                assertThat(decision.role()).isEqualTo("INSTITUTE");
                assertThat(decision.processInstanceId()).isEqualTo("pi-report");
                assertThat(decision.taskId()).isEqualTo("task-1");
            });
            assertThat(ReportTitles.of(report)).isEqualTo("Промежуточный отчёт за 2022–2023");
        }

        @Test
        @DisplayName("returned by the ministry goes back to the school")
        void ministryReturns() {
            ProjectHistory history = ProjectHistory.yayaActive()
                    .then(new ReportSubmittedEvent(PROJECT_ID, REPORT, interimReport2022_2023(), "sikora", null, null, null))
                    .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, REPORT, "tikhomirova"))
                    .by("panina", Role.INSTITUTE).then(review(ReviewLevel.INSTITUTE, approve("Соответствует")))
                    .by("minobr", Role.MINISTRY).then(review(ReviewLevel.MINISTRY, returnForRevision("Нет приложений")));

            assertThat(report(history).step()).isEqualTo(ReviewStepState.RETURNED);
            assertThat(PendingReview.of(history.card())).isEmpty();
        }

        @Test
        @DisplayName("an overdue review is marked and waits at its level; the decision clears the mark")
        void overdueReport() {
            ProjectHistory history = ProjectHistory.yayaActive()
                    .then(new ReportSubmittedEvent(PROJECT_ID, REPORT, interimReport2022_2023(), "sikora", null, null, null))
                    .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, REPORT, "tikhomirova"))
                    .by("panina", Role.INSTITUTE).then(review(ReviewLevel.INSTITUTE, approve("Соответствует")));
            Instant atMinistrySince = history.lastAt();
            history.by("system", Role.SYSTEM).then(new ReviewOverdueRecordedEvent(PROJECT_ID, ReviewedItem.REPORT,
                    REPORT, ReviewLevel.MINISTRY, Instant.parse("2023-10-01T00:00:00Z"), "ministry-supervisor"));

            assertThat(report(history).overdue()).isTrue();
            assertThat(report(history).stepSince()).isEqualTo(atMinistrySince);
            assertThat(PendingReview.of(history.card())).singleElement().satisfies(pending -> {
                assertThat(pending.item()).isEqualTo(ReviewedItem.REPORT);
                assertThat(pending.itemId()).isEqualTo(REPORT);
                assertThat(pending.level()).isEqualTo(ReviewLevel.MINISTRY);
                assertThat(pending.overdue()).isTrue();
                assertThat(pending.title()).isEqualTo("Промежуточный отчёт за 2022–2023");
            });

            history.by("head-minobr", Role.MINISTRY).then(review(ReviewLevel.MINISTRY, approve("Принят")));
            assertThat(report(history).overdue()).isFalse();
        }

        @Test
        @DisplayName("lists the files attached to it with who attached them and when; a detached file is gone")
        void attachments() {
            String sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
            ProjectHistory history = ProjectHistory.yayaActive()
                    .then(new ReportSubmittedEvent(PROJECT_ID, REPORT, interimReport2022_2023(), "sikora", null, null, null))
                    .then(new ReportFileAttachedEvent(PROJECT_ID, REPORT, "f-1", "Программа семинара.pdf",
                            "application/pdf", 12_800, sha256, "Приложение 3", "sikora"));
            Instant attachedAt = history.lastAt();
            history.then(new ReportFileAttachedEvent(PROJECT_ID, REPORT, "f-2", "Черновик.pdf", "application/pdf", 10,
                            sha256, null, "sikora"))
                    .then(new ReportFileDetachedEvent(PROJECT_ID, REPORT, "f-2", "sikora"))
                    .by("tikhomirova", Role.SCHOOL).then(new ReportSignedEvent(PROJECT_ID, REPORT, "tikhomirova"));

            assertThat(report(history).attachments()).containsExactly(new AttachmentView("f-1",
                    "Программа семинара.pdf", "application/pdf", 12_800, sha256, "Приложение 3", "sikora", attachedAt));
            assertThat(report(history).step()).isEqualTo(ReviewStepState.AWAITING_INSTITUTE);
        }

        private ReportReviewedEvent review(ReviewLevel level, ru.edu.innovation.api.common.Review review) {
            return new ReportReviewedEvent(PROJECT_ID, REPORT, level, review, "reviewer");
        }

        private ReportView report(ProjectHistory history) {
            return history.card().reports().get(REPORT);
        }
    }

    @Nested
    @DisplayName("a stage")
    class Stages {

        @Test
        @DisplayName("completed after the institute and the ministry approve it, and the next stage starts")
        void completionAndNextStage() {
            ProjectHistory history = ProjectHistory.yayaActive().then(requested());
            assertThat(history.card().stages().get(0).step()).isEqualTo(ReviewStepState.AWAITING_INSTITUTE);
            assertThat(PendingReview.of(history.card())).singleElement().satisfies(pending -> {
                assertThat(pending.item()).isEqualTo(ReviewedItem.STAGE_COMPLETION);
                assertThat(pending.itemId()).isEqualTo("1");
                assertThat(pending.title()).isEqualTo("Завершение этапа 1: Подготовительный этап");
            });

            history.by("panina", Role.INSTITUTE)
                    .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.INSTITUTE, approve("Выполнен"), "panina"));
            assertThat(history.card().stages().get(0).step()).isEqualTo(ReviewStepState.AWAITING_MINISTRY);
            assertThat(history.card().stages().get(0).completed()).isFalse();

            history.by("minobr", Role.MINISTRY)
                    .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.MINISTRY, approve("Утверждено"), "minobr"))
                    .then(new StageCompletedEvent(PROJECT_ID, 1))
                    .then(new StageStartedEvent(PROJECT_ID, 2, "Этап реализации"));

            ProjectCard card = history.card();
            assertThat(card.currentStage()).isEqualTo(2);
            assertThat(card.stages().get(0).completed()).isTrue();
            assertThat(card.stages().get(0).step()).isEqualTo(ReviewStepState.ACCEPTED);
            assertThat(card.stages().get(0).decisions()).extracting(Decision::step)
                    .containsExactly("REQUESTED", "INSTITUTE", "MINISTRY");
            assertThat(card.stages().get(0).decisions().get(0).conclusion())
                    .isEqualTo("Карта ресурсов и модель сети готовы");
            assertThat(card.stages().get(1).started()).isTrue();
            assertThat(card.stages().get(1).completed()).isFalse();
            assertThat(card.stages().get(1).step()).isNull();
            assertThat(PendingReview.of(card)).isEmpty();
        }

        @Test
        @DisplayName("returned at the ministry, requested again, marked overdue at the institute")
        void returnedAndOverdue() {
            ProjectHistory history = ProjectHistory.yayaActive().then(requested())
                    .by("panina", Role.INSTITUTE)
                    .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.INSTITUTE, approve("Выполнен"), "panina"))
                    .by("minobr", Role.MINISTRY)
                    .then(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.MINISTRY,
                            returnForRevision("Приложите приказ о творческой группе"), "minobr"));
            assertThat(history.card().stages().get(0).step()).isEqualTo(ReviewStepState.RETURNED);
            assertThat(history.card().currentStage()).isEqualTo(1);

            history.by("sikora", Role.SCHOOL).then(requested())
                    .by("system", Role.SYSTEM)
                    .then(new ReviewOverdueRecordedEvent(PROJECT_ID, ReviewedItem.STAGE_COMPLETION, "1",
                            ReviewLevel.INSTITUTE, Instant.parse("2023-03-15T00:00:00Z"), "institute-supervisor"));

            StageView stage = history.card().stages().get(0);
            assertThat(stage.step()).isEqualTo(ReviewStepState.AWAITING_INSTITUTE);
            assertThat(stage.overdue()).isTrue();
            assertThat(stage.decisions()).extracting(Decision::step)
                    .containsExactly("REQUESTED", "INSTITUTE", "MINISTRY", "REQUESTED");
        }

        private StageCompletionRequestedEvent requested() {
            return new StageCompletionRequestedEvent(PROJECT_ID, 1,
                    new StageCompletionRequest("Карта ресурсов и модель сети готовы"), "sikora");
        }
    }

    @Nested
    @DisplayName("the plan and the indicators")
    class PlanAndIndicators {

        @Test
        @DisplayName("a held event fulfils its activity, one beyond the plan is kept apart, a deviation is recorded")
        void heldEventsAndDeviation() {
            ProjectCard card = ProjectHistory.yayaActive()
                    .then(new ActivityPlannedEvent(PROJECT_ID, "conference", conferenceActivity()))
                    .then(new ActivityPlannedEvent(PROJECT_ID, "methodical-day", methodicalDayActivity()))
                    .then(new HeldEventRecordedEvent(PROJECT_ID, "held-1", conferenceHeld("conference")))
                    .then(new HeldEventRecordedEvent(PROJECT_ID, "held-2", conferenceHeld(null)))
                    .then(new HeldEventRecordedEvent(PROJECT_ID, "held-3", conferenceHeld("not-planned")))
                    .then(new ActivityDeviationRecordedEvent(PROJECT_ID, "methodical-day",
                            new Deviation("Карантин в школах округа", "Перенесён на май в дистанционном формате")))
                    .card();

            assertThat(card.activities().get("conference").held()).isNotEmpty();
            assertThat(card.activities().get("conference").held()).extracting(HeldEventView::heldEventId)
                    .containsExactly("held-1");
            assertThat(card.activities().get("methodical-day").held()).isEmpty();
            assertThat(card.activities().get("methodical-day").deviation().reason()).isEqualTo("Карантин в школах округа");
            assertThat(card.unplannedEvents()).extracting(HeldEventView::heldEventId).containsExactly("held-2", "held-3");
        }

        @Test
        @DisplayName("indicator values are kept as recorded; a value of an unknown indicator is ignored")
        void indicatorValues() {
            ProjectCard card = ProjectHistory.yayaActive()
                    .then(new IndicatorDefinedEvent(PROJECT_ID, "oge-physics", ogeAverageScorePhysics()))
                    .then(new IndicatorValueRecordedEvent(PROJECT_ID, "oge-physics", new IndicatorValue(
                            new ru.edu.innovation.api.common.Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                            new BigDecimal("16.1"), "ОГЭ 2023")))
                    .then(new IndicatorValueRecordedEvent(PROJECT_ID, "unknown", new IndicatorValue(
                            new ru.edu.innovation.api.common.Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                            BigDecimal.ONE, null)))
                    .card();

            assertThat(card.indicators()).containsOnlyKeys("oge-physics");
            assertThat(card.indicators().get("oge-physics").values()).extracting(IndicatorValue::value)
                    .containsExactly(new BigDecimal("16.1"));
        }
    }

    @Test
    @DisplayName("an event of a kind the card was never taught is refused, so it is parked, and the card stays as it was")
    void unknownEventIsRefused() {
        ProjectHistory history = ProjectHistory.yayaActive();
        long before = history.card().version();

        assertThatThrownBy(() -> history.then("an event of a newer kind"))
                .isInstanceOf(ProjectCard.UnknownEventException.class)
                .hasMessageContaining("java.lang.String");
        assertThat(history.card().version()).isEqualTo(before);
        assertThat(history.card().status()).isEqualTo(ProjectStatus.ACTIVE);
    }

    @Test
    @DisplayName("a completed project keeps its completion summary")
    void completion() {
        ProjectCard card = ProjectHistory.yayaActive().by("minobr", Role.MINISTRY)
                .then(new ProjectCompletedEvent(PROJECT_ID, new ProjectCompletion("Цель достигнута"), "minobr"))
                .card();

        assertThat(card.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(card.completion().summary()).isEqualTo("Цель достигнута");
    }

    @Test
    @DisplayName("a card stored as JSON reads back the same, so a stored card and a replayed one agree")
    void jsonRoundTrip() throws Exception {
        ProjectCard card = ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "conference", conferenceActivity()))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "held-1", conferenceHeld("conference")))
                .then(new IndicatorDefinedEvent(PROJECT_ID, "oge-physics", ogeAverageScorePhysics()))
                .then(new ReportSubmittedEvent(PROJECT_ID, REPORT, interimReport2022_2023(), "sikora", null, null, null))
                .then(new ReportFileAttachedEvent(PROJECT_ID, REPORT, "f-1", "Программа семинара.pdf",
                        "application/pdf", 12_800, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        null, "sikora"))
                .then(new StageCompletionRequestedEvent(PROJECT_ID, 1, new StageCompletionRequest("Выполнен"), "sikora"))
                .card();
        // As the application's mapper is set up: nulls left out, dates as ISO text.
        JsonMapper mapper = JsonMapper.builder().findAndAddModules()
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();

        ProjectCard read = mapper.readValue(mapper.writeValueAsString(card), ProjectCard.class);

        assertThat(read).usingRecursiveComparison().isEqualTo(card);
    }
}
