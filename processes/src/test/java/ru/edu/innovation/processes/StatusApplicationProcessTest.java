package ru.edu.innovation.processes;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.RecordExpertDecisionCommand;
import ru.edu.innovation.api.project.RecordMinistryDecisionCommand;
import ru.edu.innovation.api.project.SignApplicationCommand;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.api.status.AssignStatusCommand;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.processes.task.TaskRefusedException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

@Deployment(resources = "bpmn/status-application.bpmn")
class StatusApplicationProcessTest extends ApprovalProcessTest {

    private static final String EXPERT_CONCLUSION =
            "Проект соответствует приоритетам региональной образовательной политики; рекомендуется к одобрению";
    private static final String EXPERT_REMARKS =
            "Уточните показатели оценки эффективности сетевого взаимодействия и календарный план этапа реализации";
    private static final String MINISTRY_REMARKS =
            "Приложите согласие Управления образования Яйского муниципального округа на участие в проекте";
    private static final String REJECTION =
            "Проект не соответствует приоритетным направлениям региональной инновационной деятельности";
    private static final String REFUSAL = "Заявка сейчас не ожидает экспертизы института";

    @Test
    @DisplayName("approved by the institute and the ministry: the status is assigned by order №2469")
    void approvedAtEveryLevel() {
        ProcessInstance application = submitYayaApplication();
        assertThat(application).isWaitingAt("Task_SignApplication");
        assertThat(task()).hasCandidateGroup(IMC_YAYA).hasName("Подписать заявку: МБУ ИМЦ Яйского округа");

        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        assertThat(application).isWaitingAt("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute").hasName("Экспертиза заявки: МБУ ИМЦ Яйского округа");

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));
        assertThat(application).isWaitingAt("Task_MinistryDecision");
        assertThat(task()).hasCandidateGroup("minobr-kuzbass");

        completeAs("minobr", task(), Map.of("ministryDecision", "APPROVE", "orderNumber", "2469",
                "orderDate", "2022-09-30", "validFrom", "2022-09-30", "validTo", "2024-08-31"));
        assertThat(application).isEnded().hasPassed("End_StatusAssigned");

        assertThat(commands.payloads()).containsExactly(
                new SignApplicationCommand(PROJECT_ID),
                new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.APPROVE, EXPERT_CONCLUSION)),
                new AssignStatusCommand(PROJECT_ID, new StatusOrder(StatusLevel.REGIONAL, "2469",
                        LocalDate.of(2022, 9, 30), LocalDate.of(2022, 9, 30), LocalDate.of(2024, 8, 31))));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "minobr")
                .containsEntry(MetaDataKeys.ROLE, "MINISTRY")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "minobr-kuzbass")
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, application.getId())
                .containsEntry(MetaDataKeys.CORRELATION_ID, "corr-yaya-1")
                .containsKey(MetaDataKeys.TASK_ID);
    }

    @Test
    @DisplayName("a submitted application starts one instance keyed by the project id that shows the application to the signer")
    void submissionStartsTheChain() {
        ProcessInstance application = submitYayaApplication();

        assertThat(application).isStarted().hasBusinessKey(PROJECT_ID).hasProcessDefinitionKey("statusApplication")
                .isWaitingAtExactly("Task_SignApplication");
        assertThat(instancesOf("statusApplication")).isEqualTo(1);
        assertThat(application).variables()
                .containsEntry("projectId", PROJECT_ID)
                .containsEntry("organizationId", IMC_YAYA)
                .containsEntry("organizationName", "МБУ ИМЦ Яйского округа")
                .containsEntry("levelAppliedFor", "REGIONAL")
                .containsEntry("levelLabel", "региональная инновационная площадка")
                .containsEntry("projectPeriod", "01.01.2023 – 31.08.2024")
                .containsEntry("projectLeader", "Тихомирова Светлана Анатольевна, директор МБУ ИМЦ УО Яйского округа")
                .containsEntry("submittedBy", "sikora")
                .containsEntry("reviewedItem", "APPLICATION")
                .containsEntry("itemId", "")
                .containsEntry("correlationId", "corr-yaya-1");
        assertThat((String) runtimeVariable(application, "projectStages"))
                .startsWith("1. Подготовительный этап (01.01.2023 – 28.02.2023)\n2. Этап реализации");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    @DisplayName("the leader's signature in Tasklist sends SignApplicationCommand as the leader of imc-yaya")
    void signedInTasklist() {
        ProcessInstance application = submitYayaApplication();
        Task sign = task();

        completeAs("tikhomirova", sign, Map.of("signatureConfirmed", true));

        assertThat(application).hasPassed("Task_RecordSignature").isWaitingAtExactly("Task_InstituteReview");
        assertThat(commands.payloads()).containsExactly(new SignApplicationCommand(PROJECT_ID));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "tikhomirova")
                .containsEntry(MetaDataKeys.ROLE, "SCHOOL")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, IMC_YAYA)
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, application.getId())
                .containsEntry(MetaDataKeys.TASK_ID, sign.getId())
                .containsEntry(MetaDataKeys.CORRELATION_ID, "corr-yaya-1");
    }

    @Test
    @DisplayName("returned by the institute: the school gets a revision task that shows who returned it and why")
    void returnedByTheInstitute() {
        ProcessInstance application = awaitingInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", EXPERT_REMARKS));

        assertThat(application).hasPassed("Task_RecordExpertDecision").isWaitingAtExactly("Task_ReviseApplication");
        assertThat(task()).hasCandidateGroup(IMC_YAYA).hasName("Доработать заявку: МБУ ИМЦ Яйского округа");
        assertThat(taskService().getVariables(task().getId()))
                .containsEntry("returnedBy", "Институт развития образования")
                .containsEntry("returnConclusion", EXPERT_REMARKS);
        assertThat(commands.payloads()).containsExactly(
                new SignApplicationCommand(PROJECT_ID),
                new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.RETURN_FOR_REVISION, EXPERT_REMARKS)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "panina")
                .containsEntry(MetaDataKeys.ROLE, "INSTITUTE")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "iro-kuzbass");
    }

    @Test
    @DisplayName("the revision task completed in Tasklist resubmits the application, which goes back to signing and to the institute")
    void revisedInTasklistAndSignedAgain() {
        ProcessInstance application = returnedByInstitute();
        Task revise = task();

        completeAs("sikora", revise, Map.of());

        assertThat(application).hasPassed("Task_ResubmitApplication").isWaitingAtExactly("Task_SignApplication");
        assertThat(commands.last().getPayload()).isEqualTo(new SubmitApplicationCommand(PROJECT_ID, null));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "sikora")
                .containsEntry(MetaDataKeys.ROLE, "SCHOOL")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, IMC_YAYA)
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, application.getId())
                .containsEntry(MetaDataKeys.TASK_ID, revise.getId());
        assertThat(task()).hasCandidateGroup(IMC_YAYA).hasName("Подписать заявку: МБУ ИМЦ Яйского округа");

        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute");
        assertThat(commands.payloads()).containsExactly(
                new SignApplicationCommand(PROJECT_ID),
                new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.RETURN_FOR_REVISION, EXPERT_REMARKS)),
                new SubmitApplicationCommand(PROJECT_ID, null),
                new SignApplicationCommand(PROJECT_ID));
    }

    @Test
    @DisplayName("returned by the ministry: the revision task shows the ministry's remarks")
    void returnedByTheMinistry() {
        ProcessInstance application = awaitingMinistry();

        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS));

        assertThat(application).hasPassed("Task_RecordMinistryDecision").isWaitingAtExactly("Task_ReviseApplication");
        assertThat(task()).hasCandidateGroup(IMC_YAYA);
        assertThat(application).variables()
                .containsEntry("returnedBy", "Министерство образования")
                .containsEntry("returnConclusion", MINISTRY_REMARKS);
        assertThat(commands.last().getPayload()).isEqualTo(new RecordMinistryDecisionCommand(PROJECT_ID,
                new Review(ReviewDecision.RETURN_FOR_REVISION, MINISTRY_REMARKS)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "minobr")
                .containsEntry(MetaDataKeys.ROLE, "MINISTRY");
    }

    @Test
    @DisplayName("resubmitted through the API after a return: the waiting revision task is correlated, no new instance, no command")
    void resubmittedThroughTheApi() {
        ProcessInstance application = awaitingMinistry();
        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS));
        int sentBefore = commands.sent().size();

        ApplicationSubmittedEvent resubmitted = new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, "sikora");
        stored(resubmitted);
        starter.on(resubmitted, throughApi("sikora", "corr-yaya-2"));

        assertThat(instancesOf("statusApplication")).isEqualTo(1);
        assertThat(processOf(PROJECT_ID).getId()).isEqualTo(application.getId());
        assertThat(application).hasPassed("Event_ResubmittedThroughApi").hasNotPassed("Task_ResubmitApplication")
                .isWaitingAtExactly("Task_SignApplication");
        assertThat(task()).hasCandidateGroup(IMC_YAYA);
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("signed through the API: the sign task is correlated and the application goes to the institute without a command")
    void signedThroughTheApi() {
        ProcessInstance application = submitYayaApplication();

        starter.on(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"), throughApi("tikhomirova", "corr-yaya-2"));

        assertThat(application).hasPassed("Event_SignedThroughApi").hasNotPassed("Task_RecordSignature")
                .isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute").hasName("Экспертиза заявки: МБУ ИМЦ Яйского округа");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    @DisplayName("a signature through the API while no sign task waits is refused: the chain and the project would disagree")
    void signedThroughTheApiWhileNothingWaits() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();

        assertThatThrownBy(() -> starter.on(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"),
                throughApi("tikhomirova", "corr-yaya-2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PROJECT_ID).hasMessageContaining("ApplicationSigned");

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasId(review.getId());
    }

    @Test
    @DisplayName("rejected by the institute: RecordExpertDecisionCommand REJECT and the chain ends at End_Rejected")
    void rejectedByTheInstitute() {
        ProcessInstance application = awaitingInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", "REJECT", "instituteConclusion", REJECTION));

        assertThat(application).isEnded().hasPassed("End_Rejected")
                .hasNotPassed("Task_MinistryDecision", "Task_ReviseApplication", "End_StatusAssigned");
        assertThat(commands.payloads()).containsExactly(
                new SignApplicationCommand(PROJECT_ID),
                new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.REJECT, REJECTION)));
    }

    @Test
    @DisplayName("rejected by the ministry: RecordMinistryDecisionCommand REJECT and the chain ends at End_Rejected")
    void rejectedByTheMinistry() {
        ProcessInstance application = awaitingMinistry();

        completeAs("minobr", task(), Map.of("ministryDecision", "REJECT", "ministryConclusion", REJECTION));

        assertThat(application).isEnded().hasPassed("End_Rejected")
                .hasNotPassed("Task_ReviseApplication", "End_StatusAssigned");
        assertThat(commands.payloads()).containsExactly(
                new SignApplicationCommand(PROJECT_ID),
                new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.APPROVE, EXPERT_CONCLUSION)),
                new RecordMinistryDecisionCommand(PROJECT_ID, new Review(ReviewDecision.REJECT, REJECTION)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "minobr")
                .containsEntry(MetaDataKeys.ROLE, "MINISTRY")
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, application.getId());
    }

    @Test
    @DisplayName("a command the aggregate refuses rolls the completion back: the reviewer sees the reason and the task stays open")
    void refusedCommandLeavesTheTaskOpen() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();
        int sentBefore = commands.sent().size();
        commands.refuseNext(new IllegalStateException(REFUSAL));

        assertThatThrownBy(() -> completeAs("panina", review,
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage(REFUSAL);

        assertThat(application).isWaitingAtExactly("Task_InstituteReview").hasNotPassed("Task_RecordExpertDecision");
        assertThat(task()).hasId(review.getId()).hasCandidateGroup("institute");
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("after a refusal the same task can be completed again once the aggregate accepts the command")
    void refusedTaskCanBeCompletedLater() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();
        commands.refuseNext(new IllegalStateException(REFUSAL));
        Map<String, Object> approval = Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION);
        assertThatThrownBy(() -> completeAs("panina", review, approval)).isInstanceOf(TaskRefusedException.class);

        completeAs("panina", review, approval);

        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(commands.last().getPayload())
                .isEqualTo(new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.APPROVE, EXPERT_CONCLUSION)));
        assertThat(commands.last().getMetaData()).containsEntry(MetaDataKeys.TASK_ID, review.getId());
    }

    @ParameterizedTest(name = "institute: {0}")
    @MethodSource("incompleteInstituteReviews")
    @DisplayName("an institute review without a valid decision or conclusion is refused with a Russian message; the task stays open")
    void incompleteInstituteReviewIsRefused(String what, Map<String, Object> formValues, String message) {
        ProcessInstance application = awaitingInstitute();
        Task review = task();
        int sentBefore = commands.sent().size();

        assertThatThrownBy(() -> completeAs("panina", review, formValues))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage(message);

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasId(review.getId());
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    static Stream<Arguments> incompleteInstituteReviews() {
        return Stream.of(
                Arguments.of("no conclusion", Map.of("instituteDecision", "APPROVE"), "Заполните поле «заключение»"),
                Arguments.of("blank conclusion", Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", "   "),
                        "Заполните поле «заключение»"),
                Arguments.of("no decision", Map.of("instituteConclusion", EXPERT_CONCLUSION), "Заполните поле «решение»"),
                Arguments.of("unknown decision", Map.of("instituteDecision", "MAYBE", "instituteConclusion", EXPERT_CONCLUSION),
                        "Неизвестное решение «MAYBE»: выберите одобрение, возврат на доработку или отказ"),
                Arguments.of("conclusion over 4000 characters",
                        Map.of("instituteDecision", "APPROVE", "instituteConclusion", "а".repeat(4_001)),
                        "Заключение длиннее 4000 знаков"));
    }

    @ParameterizedTest(name = "ministry: {0}")
    @MethodSource("incompleteMinistryDecisions")
    @DisplayName("a ministry decision without the order's data (or a return/rejection without conclusion) is refused; the task stays open")
    void incompleteMinistryDecisionIsRefused(String what, Map<String, Object> formValues, String message) {
        ProcessInstance application = awaitingMinistry();
        Task decision = task();
        int sentBefore = commands.sent().size();

        assertThatThrownBy(() -> completeAs("minobr", decision, formValues))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage(message);

        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(task()).hasId(decision.getId());
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    static Stream<Arguments> incompleteMinistryDecisions() {
        return Stream.of(
                Arguments.of("approval without order number", orderWithout("orderNumber"), "Заполните поле «номер приказа»"),
                Arguments.of("approval without order date", orderWithout("orderDate"), "Заполните поле «дата приказа»"),
                Arguments.of("approval without start of validity", orderWithout("validFrom"),
                        "Заполните поле «статус действует с»"),
                Arguments.of("approval without end of validity", orderWithout("validTo"),
                        "Заполните поле «статус действует по»"),
                Arguments.of("order date that does not exist", order(Map.of("orderDate", "31.02.2022")),
                        "Поле «дата приказа»: такой даты нет, ожидается дата в виде ДД.ММ.ГГГГ, получено «31.02.2022»"),
                Arguments.of("malformed order date", order(Map.of("orderDate", "2022/09/30")),
                        "Поле «дата приказа»: такой даты нет, ожидается дата в виде ДД.ММ.ГГГГ, получено «2022/09/30»"),
                Arguments.of("return without conclusion", Map.of("ministryDecision", "RETURN_FOR_REVISION"),
                        "Заполните поле «заключение»"),
                Arguments.of("rejection without conclusion", Map.of("ministryDecision", "REJECT"),
                        "Заполните поле «заключение»"),
                Arguments.of("no decision", Map.of("ministryConclusion", MINISTRY_REMARKS), "Заполните поле «решение»"));
    }

    @Test
    @DisplayName("an order with dates entered as Date values through the REST API assigns the status with those local dates")
    void orderDatesAsDateValues() {
        ProcessInstance application = awaitingMinistry();
        ZoneId kemerovo = CLOCK.getZone();

        completeAs("minobr", task(), Map.of("ministryDecision", "APPROVE", "orderNumber", " 2469 ",
                "orderDate", startOfDay(LocalDate.of(2022, 9, 30), kemerovo),
                "validFrom", startOfDay(LocalDate.of(2023, 1, 1), kemerovo),
                "validTo", "2024-08-31T00:00:00"));

        assertThat(application).isEnded().hasPassed("End_StatusAssigned");
        assertThat(commands.last().getPayload()).isEqualTo(new AssignStatusCommand(PROJECT_ID, new StatusOrder(
                StatusLevel.REGIONAL, "2469", LocalDate.of(2022, 9, 30), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 8, 31))));
    }

    @Test
    @DisplayName("the sign task refuses a completion without signatureConfirmed and stays open")
    void signatureMustBeConfirmed() {
        ProcessInstance application = submitYayaApplication();
        Task sign = task();

        assertThatThrownBy(() -> completeAs("tikhomirova", sign, Map.of()))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Подтвердите, что заявка подписана руководителем организации");
        assertThatThrownBy(() -> completeAs("tikhomirova", sign, Map.of("signatureConfirmed", false)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Подтвердите, что заявка подписана руководителем организации");

        assertThat(application).isWaitingAtExactly("Task_SignApplication");
        assertThat(task()).hasId(sign.getId());
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    @DisplayName("a user of the wrong role completing a review sends the command in their real role, for the aggregate to refuse")
    void wrongRoleIsSentAsItIs() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();

        completeAs("tikhomirova", review, Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));

        assertThat(commands.last().getPayload())
                .isEqualTo(new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.APPROVE, EXPERT_CONCLUSION)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "tikhomirova")
                .containsEntry(MetaDataKeys.ROLE, "SCHOOL")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, IMC_YAYA)
                .containsEntry(MetaDataKeys.TASK_ID, review.getId())
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, application.getId());
    }

    @Test
    @DisplayName("the aggregate's refusal of a wrong-role completion keeps the review task open")
    void wrongRoleRefusedByTheAggregate() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();
        commands.refuseNext(new IllegalStateException("Экспертизу заявки проводит институт развития образования"));

        assertThatThrownBy(() -> completeAs("tikhomirova", review,
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Экспертизу заявки проводит институт развития образования");

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasId(review.getId());
    }

    @Test
    @DisplayName("a user without any role group cannot complete a task")
    void userWithoutRoleIsRefused() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();
        processEngine.getIdentityService().saveUser(processEngine.getIdentityService().newUser("guest"));

        assertThatThrownBy(() -> completeAs("guest", review,
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("У пользователя «guest» нет роли в системе");

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasId(review.getId());
    }

    @Test
    @DisplayName("a completion without a logged-in user and without an assignee is refused")
    void anonymousCompletionIsRefused() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();
        int sentBefore = commands.sent().size();

        assertThatThrownBy(() -> taskService().complete(review.getId(),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION)))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Задачу может завершить только вошедший в систему пользователь");

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("a claimed task completed without a login is sent on behalf of its assignee")
    void claimedTaskIsSentAsTheAssignee() {
        ProcessInstance application = awaitingInstitute();
        Task review = task();
        taskService().claim(review.getId(), "panina");

        taskService().complete(review.getId(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));

        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "panina")
                .containsEntry(MetaDataKeys.ROLE, "INSTITUTE")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "iro-kuzbass");
    }

    @Test
    @DisplayName("the institute's decision of an earlier round is cleared when the review starts again; the return stays visible")
    void instituteDecisionClearedForTheNextRound() {
        ProcessInstance application = returnedByInstitute();
        assertThat(application).variables().containsEntry("instituteDecision", "RETURN_FOR_REVISION");

        completeAs("sikora", task(), Map.of());
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(application).variables()
                .doesNotContainKey("instituteDecision")
                .containsEntry("returnedBy", "Институт развития образования")
                .containsEntry("returnConclusion", EXPERT_REMARKS);
    }

    @Test
    @DisplayName("after a return and a resubmission the institute's next round starts with an empty conclusion and shows the earlier round read-only")
    void nextInstituteRoundStartsClean() {
        ProcessInstance application = returnedByInstitute();
        completeAs("sikora", task(), Map.of());
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(processEngine.getFormService().getTaskFormVariables(task().getId()))
                .doesNotContainKeys("instituteDecision", "instituteConclusion");
        assertThat((String) runtimeVariable(application, "pastDecisions"))
                .isEqualTo("15.06.2023 10:00 — panina: возвращено на доработку.\n" + EXPERT_REMARKS);

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));
        assertThat((String) runtimeVariable(application, "pastDecisions"))
                .as("the newest decision first")
                .startsWith("15.06.2023 10:00 — panina: одобрено.\n" + EXPERT_CONCLUSION + "\n\n15.06.2023 10:00 — panina: возвращено");
    }

    @Test
    @DisplayName("the school's revision task is due ten days after the return, set by the process")
    void revisionTaskHasTheProcessDeadline() {
        returnedByInstitute();

        assertThat(task()).hasDefinitionKey("Task_ReviseApplication");
        assertThat(task().getDueDate()).isEqualTo(Date.from(CLOCK.instant().plus(java.time.Duration.ofDays(10))));
    }

    @Test
    @DisplayName("after a ministry return the ministry's next round starts without the earlier order fields and conclusion")
    void nextMinistryRoundStartsClean() {
        ProcessInstance application = awaitingMinistry();
        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS,
                "orderNumber", "2469"));
        completeAs("sikora", task(), Map.of());
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));

        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(processEngine.getFormService().getTaskFormVariables(task().getId()))
                .doesNotContainKeys("ministryDecision", "ministryConclusion", "orderNumber");
        assertThat((String) runtimeVariable(application, "pastDecisions"))
                .contains("minobr: возвращено на доработку.\n" + MINISTRY_REMARKS);
    }

    @Test
    @DisplayName("the ministry's decision of an earlier round is cleared when the ministry decides again")
    void ministryDecisionClearedForTheNextRound() {
        ProcessInstance application = awaitingMinistry();
        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS));
        assertThat(application).variables().containsEntry("ministryDecision", "RETURN_FOR_REVISION");
        ApplicationSubmittedEvent resubmitted = new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, "sikora");
        starter.on(resubmitted, throughApi("sikora", "corr-yaya-2"));
        starter.on(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"), throughApi("tikhomirova", "corr-yaya-3"));
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));

        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(application).variables().doesNotContainKey("ministryDecision");
    }

    @Test
    @DisplayName("the signature confirmation of an earlier round does not sign the resubmitted application")
    void signatureConfirmationClearedForTheNextRound() {
        ProcessInstance application = returnedByInstitute();
        completeAs("sikora", task(), Map.of());
        assertThat(application).isWaitingAtExactly("Task_SignApplication");
        assertThat(application).variables().doesNotContainKey("signatureConfirmed");

        assertThatThrownBy(() -> completeAs("tikhomirova", task(), Map.of()))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Подтвердите, что заявка подписана руководителем организации");
        assertThat(application).isWaitingAtExactly("Task_SignApplication");
    }

    @Test
    @DisplayName("a submission caused by the process itself (metadata with processInstanceId) starts no second instance")
    void submissionCausedByTheProcessIsIgnored() {
        ProcessInstance application = returnedByInstitute();
        completeAs("sikora", task(), Map.of());
        int sentBefore = commands.sent().size();

        ApplicationSubmittedEvent resubmitted = new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, "sikora");
        stored(resubmitted);
        starter.on(resubmitted, causedBy(application, "sikora"));

        assertThat(instancesOf("statusApplication")).isEqualTo(1);
        assertThat(application).isWaitingAtExactly("Task_SignApplication");
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("a signature caused by the process itself (metadata with processInstanceId) is left to the process")
    void signatureCausedByTheProcessIsIgnored() {
        ProcessInstance application = submitYayaApplication();
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));

        starter.on(new ApplicationSignedEvent(PROJECT_ID, "tikhomirova"), causedBy(application, "tikhomirova"));

        assertThat(instancesOf("statusApplication")).isEqualTo(1);
        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        assertThat(commands.payloads()).containsExactly(new SignApplicationCommand(PROJECT_ID));
    }

    @Test
    @DisplayName("who completed which task is kept only for the completion: no completedBy/completedTaskId variables remain")
    void completionDetailsAreNotStored() {
        ProcessInstance application = awaitingInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));

        assertThat(application).variables().doesNotContainKeys("completedBy", "completedTaskId")
                .containsEntry("instituteDecision", "APPROVE")
                .containsEntry("instituteConclusion", EXPERT_CONCLUSION);
    }

    @Test
    @DisplayName("a decision with surrounding spaces (REST API) takes the same route as the command it recorded")
    void paddedDecisionFollowsTheRecordedCommand() {
        ProcessInstance application = awaitingInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", " RETURN_FOR_REVISION ", "instituteConclusion", EXPERT_REMARKS));

        assertThat(commands.last().getPayload()).isEqualTo(
                new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.RETURN_FOR_REVISION, EXPERT_REMARKS)));
        assertThat(application).isWaitingAtExactly("Task_ReviseApplication");
    }

    @Test
    @DisplayName("a decision completed with another project's id in its variables is recorded on the task's own project")
    void injectedProjectIdDoesNotRedirectTheDecision() {
        ProcessInstance application = awaitingInstitute();

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION,
                "projectId", "another-project"));
        processEngine.getRuntimeService().setVariable(application.getId(), "levelAppliedFor", "FEDERAL");
        completeAs("minobr", task(), order(Map.of("projectId", "another-project")));

        assertThat(commands.payloads()).containsExactly(
                new SignApplicationCommand(PROJECT_ID),
                new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.APPROVE, EXPERT_CONCLUSION)),
                new AssignStatusCommand(PROJECT_ID, new StatusOrder(StatusLevel.REGIONAL, "2469",
                        LocalDate.of(2022, 9, 30), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 8, 31))));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ProcessInstance submitYayaApplication() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        ApplicationSubmittedEvent submitted = new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, "sikora");
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        ProcessInstance application = processOf(PROJECT_ID);
        assertThat(application).isNotNull();
        assertThat(application).isWaitingAt("Task_SignApplication");
        return application;
    }

    private ProcessInstance awaitingInstitute() {
        ProcessInstance application = submitYayaApplication();
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        return application;
    }

    private ProcessInstance awaitingMinistry() {
        ProcessInstance application = awaitingInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", EXPERT_CONCLUSION));
        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        return application;
    }

    private ProcessInstance returnedByInstitute() {
        ProcessInstance application = awaitingInstitute();
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", EXPERT_REMARKS));
        assertThat(application).isWaitingAtExactly("Task_ReviseApplication");
        return application;
    }

    private Object runtimeVariable(ProcessInstance instance, String name) {
        return processEngine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private static Map<String, Object> order(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("ministryDecision", "APPROVE", "orderNumber", "2469",
                "orderDate", "2022-09-30", "validFrom", "2023-01-01", "validTo", "2024-08-31"));
        values.putAll(overrides);
        return values;
    }

    private static Map<String, Object> orderWithout(String field) {
        Map<String, Object> values = order(Map.of());
        values.remove(field);
        return values;
    }

    private static Date startOfDay(LocalDate date, ZoneId zone) {
        return Date.from(date.atStartOfDay(zone).toInstant());
    }
}
