package ru.edu.innovation.processes;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.ReviewStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.processes.task.TaskRefusedException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;
import static ru.edu.innovation.seeds.SeedProjects.yayaStages;

@Deployment(resources = "bpmn/stage-completion.bpmn")
class StageCompletionProcessTest extends ApprovalProcessTest {

    private static final String BUSINESS_KEY = PROJECT_ID + "/stages/1";
    private static final String SUMMARY = "Создана муниципальная база ресурсов Центров образования «Точка роста»; "
            + "разработана модель сетевого взаимодействия, 100% Центров предоставили мероприятия";
    private static final String REVISED_SUMMARY = SUMMARY + "; утверждены показатели оценки эффективности сетевого "
            + "взаимодействия (протокол творческой группы от 27.02.2023)";
    private static final String APPROVAL = "Задачи подготовительного этапа выполнены в полном объёме";
    private static final String INSTITUTE_REMARKS = "Приведите утверждённые показатели оценки эффективности сетевого взаимодействия";
    private static final String MINISTRY_REMARKS = "Укажите реквизиты документа, утвердившего показатели";

    @Test
    @DisplayName("a stage completion request starts a chain keyed by project and stage that waits at the institute")
    void requestStartsTheChain() {
        ProcessInstance stage = requestStageOne();

        assertThat(stage).hasBusinessKey(BUSINESS_KEY).hasProcessDefinitionKey("stageCompletion")
                .isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute").hasName("Завершение этапа 1: МБУ ИМЦ Яйского округа");
        assertThat(stage).variables()
                .containsEntry("projectId", PROJECT_ID)
                .containsEntry("stageNumber", 1)
                .containsEntry("stageName", yayaStages().get(0).name())
                .containsEntry("stagePeriod", "01.01.2023 – 28.02.2023")
                .containsEntry("summary", SUMMARY)
                .containsEntry("requestedBy", "sikora")
                .containsEntry("reviewedItem", "STAGE_COMPLETION")
                .containsEntry("itemId", "1")
                .containsEntry("correlationId", "corr-yaya-1");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    @DisplayName("approved by the institute and the ministry: two ReviewStageCompletionCommand and the stage is completed")
    void approvedByBoth() {
        ProcessInstance stage = requestStageOne();

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", APPROVAL));
        assertThat(stage).hasPassed("Task_RecordInstituteReview").isWaitingAtExactly("Task_MinistryReview");
        assertThat(task()).hasCandidateGroup("minobr-kuzbass")
                .hasName("Решение министерства образования Кузбасса по этапу 1: МБУ ИМЦ Яйского округа");
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "panina")
                .containsEntry(MetaDataKeys.ROLE, "INSTITUTE");

        Task approval = task();
        completeAs("minobr", approval, Map.of("ministryDecision", "APPROVE", "ministryConclusion", APPROVAL));
        assertThat(stage).isEnded().hasPassed("Task_RecordMinistryReview", "End_StageCompleted")
                .hasNotPassed("Task_ReviseStageCompletion");

        assertThat(commands.payloads()).containsExactly(
                new ReviewStageCompletionCommand(PROJECT_ID, 1, ReviewLevel.INSTITUTE, new Review(ReviewDecision.APPROVE, APPROVAL)),
                new ReviewStageCompletionCommand(PROJECT_ID, 1, ReviewLevel.MINISTRY, new Review(ReviewDecision.APPROVE, APPROVAL)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "minobr")
                .containsEntry(MetaDataKeys.ROLE, "MINISTRY")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, "minobr-kuzbass")
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, stage.getId())
                .containsEntry(MetaDataKeys.TASK_ID, approval.getId())
                .containsEntry(MetaDataKeys.CORRELATION_ID, "corr-yaya-1");
    }

    @Test
    @DisplayName("returned by the institute: the coordinator gets a revision task with the remarks and the editable summary")
    void returnedByTheInstitute() {
        ProcessInstance stage = requestStageOne();

        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", INSTITUTE_REMARKS));

        assertThat(stage).isWaitingAtExactly("Task_ReviseStageCompletion").hasNotPassed("Task_MinistryReview");
        assertThat(task()).hasCandidateGroup(IMC_YAYA).hasName("Доработать итоги этапа 1: МБУ ИМЦ Яйского округа");
        assertThat(taskService().getVariables(task().getId()))
                .containsEntry("summary", SUMMARY)
                .containsEntry("returnedBy", "Институт развития образования")
                .containsEntry("returnConclusion", INSTITUTE_REMARKS);
        assertThat(commands.payloads()).containsExactly(new ReviewStageCompletionCommand(PROJECT_ID, 1,
                ReviewLevel.INSTITUTE, new Review(ReviewDecision.RETURN_FOR_REVISION, INSTITUTE_REMARKS)));
    }

    @Test
    @DisplayName("the revision task completed with a new summary requests the completion again and returns to the institute")
    void revisedInTasklist() {
        ProcessInstance stage = returnedByInstitute();
        Task revise = task();

        completeAs("sikora", revise, Map.of("summary", REVISED_SUMMARY));

        assertThat(stage).hasPassed("Task_RequestCompletionAgain").isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute").hasName("Завершение этапа 1: МБУ ИМЦ Яйского округа");
        assertThat(stage).variables().containsEntry("summary", REVISED_SUMMARY).doesNotContainKey("instituteDecision");
        assertThat(commands.last().getPayload()).isEqualTo(
                new RequestStageCompletionCommand(PROJECT_ID, 1, new StageCompletionRequest(REVISED_SUMMARY)));
        assertThat(commands.last().getMetaData())
                .containsEntry(MetaDataKeys.USER_ID, "sikora")
                .containsEntry(MetaDataKeys.ROLE, "SCHOOL")
                .containsEntry(MetaDataKeys.ORGANIZATION_ID, IMC_YAYA)
                .containsEntry(MetaDataKeys.PROCESS_INSTANCE_ID, stage.getId())
                .containsEntry(MetaDataKeys.TASK_ID, revise.getId());
    }

    @Test
    @DisplayName("the revision task refuses a blank summary and stays open")
    void blankSummaryIsRefused() {
        ProcessInstance stage = returnedByInstitute();
        Task revise = task();
        int sentBefore = commands.sent().size();

        assertThatThrownBy(() -> completeAs("sikora", revise, Map.of("summary", "  ")))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Заполните поле «отчёт о результатах этапа»");

        assertThat(stage).isWaitingAtExactly("Task_ReviseStageCompletion");
        assertThat(task()).hasId(revise.getId());
        assertThat(stage).variables().containsEntry("summary", SUMMARY);
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("the revision task refuses a summary longer than 4000 characters and stays open")
    void overlongSummaryIsRefused() {
        ProcessInstance stage = returnedByInstitute();
        Task revise = task();

        assertThatThrownBy(() -> completeAs("sikora", revise, Map.of("summary", "д".repeat(4001))))
                .isInstanceOf(TaskRefusedException.class)
                .hasMessage("Отчёт о результатах этапа длиннее 4000 знаков");

        assertThat(stage).isWaitingAtExactly("Task_ReviseStageCompletion");
        assertThat(task()).hasId(revise.getId());
    }

    @Test
    @DisplayName("returned by the ministry and re-requested through the API: same instance, back at the institute with the new summary")
    void returnedByTheMinistryAndRerequestedThroughTheApi() {
        ProcessInstance stage = requestStageOne();
        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", APPROVAL));
        completeAs("minobr", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", MINISTRY_REMARKS));
        assertThat(stage).isWaitingAtExactly("Task_ReviseStageCompletion");
        assertThat(stage).variables()
                .containsEntry("returnedBy", "Министерство образования")
                .containsEntry("returnConclusion", MINISTRY_REMARKS);
        assertThat(commands.last().getPayload()).isEqualTo(new ReviewStageCompletionCommand(PROJECT_ID, 1,
                ReviewLevel.MINISTRY, new Review(ReviewDecision.RETURN_FOR_REVISION, MINISTRY_REMARKS)));
        int sentBefore = commands.sent().size();

        StageCompletionRequestedEvent rerequested = new StageCompletionRequestedEvent(PROJECT_ID, 1,
                new StageCompletionRequest(REVISED_SUMMARY), "tikhomirova");
        stored(rerequested);
        starter.on(rerequested, throughApi("tikhomirova", "corr-yaya-2"));

        assertThat(instancesOf("stageCompletion")).isEqualTo(1);
        assertThat(processOf(BUSINESS_KEY).getId()).isEqualTo(stage.getId());
        assertThat(stage).hasPassed("Event_RerequestedThroughApi").hasNotPassed("Task_RequestCompletionAgain")
                .isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasCandidateGroup("institute");
        assertThat(stage).variables()
                .containsEntry("summary", REVISED_SUMMARY)
                .containsEntry("requestedBy", "tikhomirova")
                .doesNotContainKey("instituteDecision");
        assertThat(commands.sent()).hasSize(sentBefore);
    }

    @Test
    @DisplayName("a request caused by the process itself (metadata with processInstanceId) neither starts nor moves a chain")
    void requestCausedByTheProcessIsIgnored() {
        ProcessInstance stage = returnedByInstitute();

        starter.on(new StageCompletionRequestedEvent(PROJECT_ID, 1, new StageCompletionRequest(REVISED_SUMMARY), "sikora"),
                causedBy(stage, "sikora"));

        assertThat(instancesOf("stageCompletion")).isEqualTo(1);
        assertThat(stage).isWaitingAtExactly("Task_ReviseStageCompletion");
        assertThat(stage).variables().containsEntry("summary", SUMMARY);
    }

    @Test
    @DisplayName("a request for another stage starts its own chain named after that stage")
    void anotherStageHasItsOwnChain() {
        ProcessInstance first = requestStageOne();

        StageCompletionRequestedEvent second = new StageCompletionRequestedEvent(PROJECT_ID, 2,
                new StageCompletionRequest("Этап реализации завершён"), "sikora");
        stored(second);
        starter.on(second, SUBMITTED_THROUGH_API);

        ProcessInstance secondStage = processOf(PROJECT_ID + "/stages/2");
        assertThat(instancesOf("stageCompletion")).isEqualTo(2);
        assertThat(secondStage.getId()).isNotEqualTo(first.getId());
        assertThat(secondStage).isWaitingAtExactly("Task_InstituteReview");
        assertThat(task()).hasName("Завершение этапа 2: МБУ ИМЦ Яйского округа");
        assertThat(secondStage).variables().containsEntry("stageName", "Этап реализации").containsEntry("itemId", "2");
        assertThat(first).isWaitingAtExactly("Task_InstituteReview");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ProcessInstance requestStageOne() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        StageCompletionRequestedEvent requested = new StageCompletionRequestedEvent(PROJECT_ID, 1,
                new StageCompletionRequest(SUMMARY), "sikora");
        stored(requested);
        starter.on(requested, SUBMITTED_THROUGH_API);
        ProcessInstance stage = processOf(BUSINESS_KEY);
        assertThat(stage).isNotNull();
        assertThat(stage).isWaitingAt("Task_InstituteReview");
        return stage;
    }

    private ProcessInstance returnedByInstitute() {
        ProcessInstance stage = requestStageOne();
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", INSTITUTE_REMARKS));
        assertThat(stage).isWaitingAtExactly("Task_ReviseStageCompletion");
        return stage;
    }
}
