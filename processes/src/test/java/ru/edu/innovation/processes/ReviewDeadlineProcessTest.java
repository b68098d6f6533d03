package ru.edu.innovation.processes;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.RecordExpertDecisionCommand;
import ru.edu.innovation.api.project.SignApplicationCommand;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.api.review.RecordReviewOverdueCommand;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.processes.deadline.DeadlineProperties;
import ru.edu.innovation.processes.deadline.ReviewDeadlines;

import java.time.Clock;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

@Deployment(resources = {"bpmn/status-application.bpmn", "bpmn/report-approval.bpmn", "bpmn/stage-completion.bpmn"})
class ReviewDeadlineProcessTest extends ApprovalProcessTest {

    private static final Instant NOW = CLOCK.instant();
    private static final Instant INSTITUTE_DUE = Instant.parse("2023-06-25T03:00:00Z");
    private static final Instant INSTITUTE_REMINDER = Instant.parse("2023-06-23T03:00:00Z");
    private static final String CONCLUSION = "Проект соответствует приоритетам региональной образовательной политики";
    private static final String REMARKS = "Уточните показатели оценки эффективности сетевого взаимодействия";
    private static final String REPORT_ID = "interim-2022-2023";

    @BeforeEach
    void engineClockAtTestTime() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void engineClockBack() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("the institute's review of an application is due 10 days after it starts: 2023-06-25T03:00:00Z")
    void instituteReviewDueIn10Days() {
        ProcessInstance application = applicationAtInstitute();

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute").hasDueDate(Date.from(INSTITUTE_DUE));
    }

    @Test
    @DisplayName("the ministry's decision is due 15 days after the ministry's task starts")
    void ministryDecisionDueIn15DaysFromItsStart() {
        ProcessInstance application = applicationAtInstitute();
        Instant instituteDone = NOW.plus(Duration.ofDays(3));
        deadlinesCountedFrom(instituteDone);

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));

        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(task()).hasDueDate(Date.from(Instant.parse("2023-07-03T03:00:00Z")));
        assertThat(timer(application, "Event_MinistryOverdue")).hasDueDate(Date.from(Instant.parse("2023-07-03T03:00:00Z")));
        assertThat(timer(application, "Event_MinistryReminder")).hasDueDate(Date.from(Instant.parse("2023-07-01T03:00:00Z")));
    }

    @Test
    @DisplayName("the reminder timer is due exactly 2 days before the task, the overdue timer exactly at the task's due date")
    void timersAgreeWithTheTaskDueDate() {
        ProcessInstance application = applicationAtInstitute();
        Task review = task();

        Job reminder = timer(application, "Event_InstituteReminder");
        Job overdue = timer(application, "Event_InstituteOverdue");

        assertThat(reminder).hasDueDate(Date.from(INSTITUTE_REMINDER));
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(review.getDueDate().toInstant().minus(Duration.ofDays(2)));
        assertThat(overdue).hasDueDate(Date.from(INSTITUTE_DUE));
        assertThat(overdue.getDuedate()).isEqualTo(review.getDueDate());
    }

    @Test
    @DisplayName("only review tasks have deadline timers: the sign task has none, the institute review exactly two")
    void onlyReviewTasksHaveTimers() {
        ProcessInstance application = submitApplication();
        assertThat(managementService().createJobQuery().processInstanceId(application.getId()).count()).isZero();

        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(managementService().createJobQuery().processInstanceId(application.getId()).timers().list())
                .extracting(job -> managementService().createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId())
                .containsExactlyInAnyOrder("Event_InstituteReminder", "Event_InstituteOverdue");
        assertThat(managementService().createJobQuery().processInstanceId(application.getId()).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("the reminder raises the task's priority to 75 and sets today's follow-up date; the task stays open")
    void reminderRaisesPriority() {
        ProcessInstance application = applicationAtInstitute();
        Task review = task();
        assertThat(review.getPriority()).isEqualTo(50);

        execute(timer(application, "Event_InstituteReminder"));

        assertThat(application).hasPassed("Task_RemindInstitute", "End_RemindedInstitute")
                .isWaitingAtExactly("Task_InstituteReview");
        Task reminded = task();
        assertThat(reminded).hasId(review.getId()).hasCandidateGroup("institute").hasDueDate(Date.from(INSTITUTE_DUE));
        assertThat(reminded.getPriority()).isEqualTo(75);
        assertThat(reminded.getFollowUpDate()).isEqualTo(Date.from(NOW));
        assertThat(timer(application, "Event_InstituteOverdue")).isNotNull();
        assertThat(commands.payloads()).containsExactly(new SignApplicationCommand(PROJECT_ID));
    }

    @Test
    @DisplayName("the reminder never lowers a priority that is already higher")
    void reminderKeepsAHigherPriority() {
        ProcessInstance application = applicationAtInstitute();
        taskService().setPriority(task().getId(), 90);

        execute(timer(application, "Event_InstituteReminder"));

        assertThat(task().getPriority()).isEqualTo(90);
    }

    @Test
    @DisplayName("an overdue institute review is escalated to institute-supervisor with priority 100 and recorded as SYSTEM")
    void overdueInstituteReviewIsEscalated() {
        ProcessInstance application = applicationAtInstitute();
        Task review = task();

        execute(timer(application, "Event_InstituteOverdue"));

        assertThat(application).hasPassed("Task_EscalateInstitute", "End_EscalatedInstitute")
                .isWaitingAtExactly("Task_InstituteReview");
        Task escalated = task();
        assertThat(escalated).hasId(review.getId()).hasCandidateGroup("institute").hasCandidateGroup("institute-supervisor");
        assertThat(escalated.getPriority()).isEqualTo(100);
        assertThat(commands.last().getPayload()).isEqualTo(new RecordReviewOverdueCommand(PROJECT_ID,
                ReviewedItem.APPLICATION, null, ReviewLevel.INSTITUTE, INSTITUTE_DUE, "institute-supervisor"));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "system")
                .containsEntry(MetaDataKeys.ROLE, "SYSTEM")
                .containsEntry(MetaDataKeys.TASK_ID, review.getId())
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, application.getId())
                .containsEntry(MetaDataKeys.CORRELATION_ID, "corr-yaya-1")
                .doesNotContainKey(MetaDataKeys.ORGANIZATION_ID);
    }

    @Test
    @DisplayName("after escalation the supervisor sees the task and completes it as head.iro acting as INSTITUTE")
    void supervisorCompletesTheEscalatedReview() {
        ProcessInstance application = applicationAtInstitute();
        assertThat(taskQuery().taskCandidateUser("head.iro").count()).isZero();
        execute(timer(application, "Event_InstituteOverdue"));
        Task escalated = task();
        assertThat(taskQuery().taskCandidateUser("head.iro").singleResult().getId()).isEqualTo(escalated.getId());

        completeAs("head.iro", escalated, Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));

        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(commands.last().getPayload())
                .isEqualTo(new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.APPROVE, CONCLUSION)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "head.iro")
                .containsEntry(MetaDataKeys.ROLE, "INSTITUTE")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "iro-kuzbass")
                .containsEntry(MetaDataKeys.TASK_ID, escalated.getId());
    }

    @Test
    @DisplayName("an overdue ministry decision on an application is escalated to the ministry of Kuzbass's supervisors")
    void overdueMinistryDecisionOnAnApplication() {
        ProcessInstance application = applicationAtInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));
        Task decision = task();

        execute(timer(application, "Event_MinistryOverdue"));

        assertThat(application).hasPassed("Task_EscalateMinistry").isWaitingAtExactly("Task_MinistryDecision");
        assertThat(task()).hasId(decision.getId()).hasCandidateGroup("minobr-kuzbass-supervisor");
        assertThat(task().getPriority()).isEqualTo(100);
        assertThat(commands.last().getPayload()).isEqualTo(new RecordReviewOverdueCommand(PROJECT_ID,
                ReviewedItem.APPLICATION, null, ReviewLevel.MINISTRY, Instant.parse("2023-06-30T03:00:00Z"),
                "minobr-kuzbass-supervisor"));
    }

    @Test
    @DisplayName("an overdue ministry acceptance of a report is recorded with the report id and escalated to the ministry's supervisors")
    void overdueReportAtTheMinistry() {
        ProcessInstance report = reportAtMinistry();
        Task acceptance = task();
        assertThat(acceptance).hasDueDate(Date.from(Instant.parse("2023-06-30T03:00:00Z")));
        assertThat(timer(report, "Event_MinistryReminder")).hasDueDate(Date.from(Instant.parse("2023-06-28T03:00:00Z")));

        execute(timer(report, "Event_MinistryOverdue"));

        assertThat(report).hasPassed("Task_EscalateMinistry", "End_EscalatedMinistry").isWaitingAtExactly("Task_MinistryReview");
        assertThat(task()).hasId(acceptance.getId()).hasCandidateGroup("minobr-kuzbass")
                .hasCandidateGroup("minobr-kuzbass-supervisor");
        assertThat(task().getPriority()).isEqualTo(100);
        assertThat(commands.last().getPayload()).isEqualTo(new RecordReviewOverdueCommand(PROJECT_ID,
                ReviewedItem.REPORT, REPORT_ID, ReviewLevel.MINISTRY, Instant.parse("2023-06-30T03:00:00Z"),
                "minobr-kuzbass-supervisor"));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "system")
                .containsEntry(MetaDataKeys.ROLE, "SYSTEM")
                .containsEntry(MetaDataKeys.TASK_ID, acceptance.getId())
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, report.getId());
    }

    @Test
    @DisplayName("after escalation of a report the ministry supervisor accepts it acting as MINISTRY")
    void ministrySupervisorAcceptsTheEscalatedReport() {
        ProcessInstance report = reportAtMinistry();
        execute(timer(report, "Event_MinistryOverdue"));
        Task escalated = task();
        assertThat(taskQuery().taskCandidateUser("head.minobr").singleResult().getId()).isEqualTo(escalated.getId());

        completeAs("head.minobr", escalated, Map.of("ministryDecision", "APPROVE", "ministryConclusion", "Отчёт принят"));

        assertThat(report).isEnded().hasPassed("End_ReportAccepted");
        assertThat(commands.last().getPayload()).isEqualTo(new ReviewReportCommand(PROJECT_ID, REPORT_ID,
                ReviewLevel.MINISTRY, new Review(ReviewDecision.APPROVE, "Отчёт принят")));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "head.minobr")
                .containsEntry(MetaDataKeys.ROLE, "MINISTRY")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "minobr-kuzbass");
    }

    @Test
    @DisplayName("an overdue institute review of a stage completion is recorded with item id \"1\"")
    void overdueStageAtTheInstitute() {
        ProcessInstance stage = stageAtInstitute();
        Task review = task();
        assertThat(review).hasDueDate(Date.from(INSTITUTE_DUE));

        execute(timer(stage, "Event_InstituteOverdue"));

        assertThat(stage).hasPassed("Task_EscalateInstitute", "End_EscalatedInstitute").isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasId(review.getId()).hasCandidateGroup("institute-supervisor");
        assertThat(task().getPriority()).isEqualTo(100);
        assertThat(commands.payloads()).containsExactly(new RecordReviewOverdueCommand(PROJECT_ID,
                ReviewedItem.STAGE_COMPLETION, "1", ReviewLevel.INSTITUTE, INSTITUTE_DUE, "institute-supervisor"));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "system")
                .containsEntry(MetaDataKeys.ROLE, "SYSTEM")
                .containsEntry(MetaDataKeys.TASK_ID, review.getId());
    }

    @Test
    @DisplayName("completing a review cancels its deadline timers")
    void completedReviewHasNoTimers() {
        ProcessInstance application = applicationAtInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));

        assertThat(managementService().createJobQuery().processInstanceId(application.getId())
                .activityId("Event_InstituteReminder").count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(application.getId())
                .activityId("Event_InstituteOverdue").count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(application.getId()).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a new round of the same review gets a new due date and new timers")
    void newRoundHasANewDueDate() {
        ProcessInstance application = applicationAtInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", REMARKS));
        deadlinesCountedFrom(NOW.plus(Duration.ofDays(5)));
        completeAs("sikora", task(), Map.of());
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasDueDate(Date.from(Instant.parse("2023-06-30T03:00:00Z")));
        assertThat(timer(application, "Event_InstituteOverdue")).hasDueDate(Date.from(Instant.parse("2023-06-30T03:00:00Z")));
        assertThat(timer(application, "Event_InstituteReminder")).hasDueDate(Date.from(Instant.parse("2023-06-28T03:00:00Z")));
        assertThat(managementService().createJobQuery().processInstanceId(application.getId()).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("the routing table gives the review time: with one shorter than the reminder period the reminder comes halfway")
    void shortReviewIsRemindedHalfway() throws Exception {
        String table;
        try (InputStream original = getClass().getResourceAsStream("/bpmn/review-routing.dmn")) {
            table = new String(original.readAllBytes(), StandardCharsets.UTF_8).replace(
                    "<outputEntry id=\"Rule_01_ReviewTime\"><text>\"P10D\"</text>",
                    "<outputEntry id=\"Rule_01_ReviewTime\"><text>\"P1D\"</text>");
        }
        String shorter = processEngine.getRepositoryService().createDeployment()
                .addString("review-routing.dmn", table).deploy().getId();
        try {
            ProcessInstance application = applicationAtInstitute();

            assertThat(task()).hasDueDate(Date.from(Instant.parse("2023-06-16T03:00:00Z")));
            assertThat(timer(application, "Event_InstituteReminder")).hasDueDate(Date.from(Instant.parse("2023-06-15T15:00:00Z")));
        } finally {
            processEngine.getRepositoryService().deleteDeployment(shorter, true);
        }
    }

    @Test
    @Deployment(resources = "legacy/status-application-before-routing.bpmn")
    @DisplayName("a chain started before the routing table takes its review time from the configuration")
    void configuredTimeWithoutARoute() {
        Mocks.register("deadlines", new ReviewDeadlines(
                new DeadlineProperties(Duration.ofDays(1), Duration.ofDays(15), Duration.ofDays(2), Duration.ofDays(10)), CLOCK));

        ProcessInstance application = applicationAtInstitute();

        assertThat(task()).hasDueDate(Date.from(Instant.parse("2023-06-16T03:00:00Z")));
        assertThat(timer(application, "Event_InstituteReminder")).hasDueDate(Date.from(Instant.parse("2023-06-15T15:00:00Z")));
    }

    @Test
    @DisplayName("the due date is computed once per task: task and timers agree even when the clock moves in between")
    void dueDateIsComputedOnce() {
        Mocks.register("deadlines", new ReviewDeadlines(DEADLINES, new TickingClock(NOW, Duration.ofMinutes(1))));

        ProcessInstance application = applicationAtInstitute();

        Date due = task().getDueDate();
        assertThat(due).isNotNull();
        assertThat(timer(application, "Event_InstituteOverdue").getDuedate()).isEqualTo(due);
        assertThat(timer(application, "Event_InstituteReminder").getDuedate().toInstant())
                .isEqualTo(due.toInstant().minus(Duration.ofDays(2)));
    }

    @Test
    @DisplayName("a reminded review can still be escalated when it becomes overdue")
    void remindedThenEscalated() {
        ProcessInstance application = applicationAtInstitute();
        Task review = task();

        execute(timer(application, "Event_InstituteReminder"));
        execute(timer(application, "Event_InstituteOverdue"));

        assertThat(application).hasPassed("End_RemindedInstitute", "End_EscalatedInstitute")
                .isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasId(review.getId()).hasCandidateGroup("institute-supervisor");
        assertThat(task().getPriority()).isEqualTo(100);
        assertThat(task().getFollowUpDate()).isEqualTo(Date.from(NOW));
        assertThat(commands.last().getPayload()).isEqualTo(new RecordReviewOverdueCommand(PROJECT_ID,
                ReviewedItem.APPLICATION, null, ReviewLevel.INSTITUTE, INSTITUTE_DUE, "institute-supervisor"));
        assertThat(managementService().createJobQuery().processInstanceId(application.getId()).count()).isZero();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A clock that moves on by {@code step} every time it is read. */
    private static final class TickingClock extends Clock {
        private final Duration step;
        private Instant next;

        TickingClock(Instant start, Duration step) {
            this.next = start;
            this.step = step;
        }

        @Override
        public Instant instant() {
            Instant now = next;
            next = next.plus(step);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return CLOCK.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private Job timer(ProcessInstance instance, String boundaryEvent) {
        Job job = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(boundaryEvent).singleResult();
        assertThat(job).as("timer of %s", boundaryEvent).isNotNull();
        return job;
    }

    private ProcessInstance submitApplication() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        ApplicationSubmittedEvent submitted = new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, "sikora");
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        ProcessInstance application = processOf(PROJECT_ID);
        assertThat(application).isWaitingAtExactly("Task_SignApplication");
        return application;
    }

    private ProcessInstance applicationAtInstitute() {
        ProcessInstance application = submitApplication();
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        return application;
    }

    private ProcessInstance reportAtMinistry() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, REPORT_ID, interimReport2022_2023(), "sikora", null, null, null);
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        ProcessInstance report = processOf(PROJECT_ID + "/reports/" + REPORT_ID);
        assertThat(report).isWaitingAtExactly("Task_SignReport");
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));
        assertThat(report).isWaitingAtExactly("Task_MinistryReview");
        return report;
    }

    private ProcessInstance stageAtInstitute() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        StageCompletionRequestedEvent requested = new StageCompletionRequestedEvent(PROJECT_ID, 1,
                new StageCompletionRequest("Подготовительный этап выполнен"), "sikora");
        stored(requested);
        starter.on(requested, SUBMITTED_THROUGH_API);
        ProcessInstance stage = processOf(PROJECT_ID + "/stages/1");
        assertThat(stage).isWaitingAtExactly("Task_InstituteReview");
        return stage;
    }
}
