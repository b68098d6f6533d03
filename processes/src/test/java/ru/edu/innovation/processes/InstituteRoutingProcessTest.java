package ru.edu.innovation.processes;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.review.RecordReviewOverdueCommand;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * The institute's tasks of a project go to the group of the project's reviewing institute, and its
 * overdue reviews to that institute's supervisors; instances started on the definitions from before
 * institutes were named keep the shared {@code institute} group and still complete.
 */
@Deployment(resources = {"bpmn/status-application.bpmn", "bpmn/report-approval.bpmn", "bpmn/stage-completion.bpmn"})
class InstituteRoutingProcessTest extends ApprovalProcessTest {

    private static final String IRO = "iro-kuzbass";
    private static final String KRIPKIPRO = "kripkipro";
    private static final String CONCLUSION = "Проект соответствует приоритетам региональной образовательной политики";
    private static final String REPORT_ID = "interim-2022-2023";

    @AfterEach
    void engineClockBack() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("the application's expert review goes to IRO Kuzbass's group only: a KRIPKiPRO expert does not see it")
    void applicationReviewGoesToTheReviewingInstitute() {
        ProcessInstance application = applicationAtInstitute(IRO);

        assertThat(task()).hasCandidateGroup(IRO).hasName("Экспертиза заявки: МБУ ИМЦ Яйского округа");
        assertThat(taskService().getIdentityLinksForTask(task().getId()))
                .noneMatch(link -> "institute".equals(link.getGroupId()));
        assertThat(taskService().createTaskQuery().taskCandidateUser("krasnoshlykova").count()).isZero();
        assertThat(taskService().createTaskQuery().taskCandidateUser("panina").singleResult()).isNotNull();

        completeAs("panina", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));
        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
        assertThat(commands.last().getMetaData().get(MetaDataKeys.ROUTED_BODY))
                .as("the decision names the body the route gave the review, for the aggregate to hold the user to")
                .isEqualTo(IRO);
    }

    @Test
    @DisplayName("the chain's history is granted to the routed institute, the region's ministry and their supervisors only")
    void historyIsGrantedToTheRoutedBodies() {
        ProcessInstance application = applicationAtInstitute(IRO);

        assertThat(historyReaders(application)).containsExactlyInAnyOrder(IRO, "iro-kuzbass-supervisor",
                "minobr-kuzbass", "minobr-kuzbass-supervisor");
    }

    @Test
    @DisplayName("the reports and stage completions of a project reviewed by KRIPKiPRO go to KRIPKiPRO's group")
    void reportsAndStagesGoToTheReviewingInstitute() {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, supportSiteProgram()));
        stored(new ReviewingInstituteAssignedEvent(PROJECT_ID, KRIPKIPRO, "КРИПКиПРО", "kartashova"));
        ReportSubmittedEvent report = new ReportSubmittedEvent(PROJECT_ID, REPORT_ID, interimReport2022_2023(), "sikora", null, null, null);
        stored(report);
        starter.on(report, SUBMITTED_THROUGH_API);
        completeAs("tikhomirova", taskService().createTaskQuery()
                .processInstanceBusinessKey(ApprovalProcesses.reportBusinessKey(PROJECT_ID, REPORT_ID)).singleResult(),
                Map.of("signatureConfirmed", true));
        StageCompletionRequestedEvent stage = new StageCompletionRequestedEvent(PROJECT_ID, 1,
                new StageCompletionRequest("Подготовительный этап выполнен"), "sikora");
        stored(stage);
        starter.on(stage, SUBMITTED_THROUGH_API);

        Task reportReview = reviewOf(ApprovalProcesses.reportBusinessKey(PROJECT_ID, REPORT_ID));
        Task stageReview = reviewOf(ApprovalProcesses.stageBusinessKey(PROJECT_ID, 1));
        assertThat(reportReview).hasCandidateGroup(KRIPKIPRO);
        assertThat(stageReview).hasCandidateGroup(KRIPKIPRO);
        assertThat(taskService().createTaskQuery().taskCandidateUser("krasnoshlykova").count()).isEqualTo(2);
        assertThat(taskService().createTaskQuery().taskCandidateUser("panina").count()).isZero();
    }

    @Test
    @DisplayName("an overdue review of IRO goes to IRO's supervisors, and the history records them as escalatedTo")
    void overdueReviewGoesToTheInstitutesSupervisors() {
        ClockUtil.setCurrentTime(Date.from(CLOCK.instant()));
        ProcessInstance application = applicationAtInstitute(IRO);
        Task review = task();

        execute(timer(application, "Event_InstituteOverdue"));

        assertThat(task()).hasId(review.getId()).hasCandidateGroup(IRO).hasCandidateGroup("iro-kuzbass-supervisor");
        assertThat(taskService().getIdentityLinksForTask(review.getId()))
                .noneMatch(link -> "institute-supervisor".equals(link.getGroupId()));
        assertThat(commands.last().getPayload()).isEqualTo(new RecordReviewOverdueCommand(PROJECT_ID,
                ReviewedItem.APPLICATION, null, ReviewLevel.INSTITUTE, Instant.parse("2023-06-25T03:00:00Z"),
                "iro-kuzbass-supervisor"));
    }

    @Test
    @DisplayName("the ministry moves the project to KRIPKiPRO: the waiting review and its escalation move to KRIPKiPRO's groups")
    void reassignmentMovesTheRunningTask() {
        ClockUtil.setCurrentTime(Date.from(CLOCK.instant()));
        ProcessInstance application = applicationAtInstitute(IRO);
        execute(timer(application, "Event_InstituteOverdue"));
        Task review = task();

        ReviewingInstituteAssignedEvent moved = new ReviewingInstituteAssignedEvent(PROJECT_ID, KRIPKIPRO, "КРИПКиПРО", "minobr");
        stored(moved);
        instituteChange.on(moved);

        assertThat(task()).hasId(review.getId()).hasCandidateGroup(KRIPKIPRO).hasCandidateGroup("kripkipro-supervisor");
        assertThat(taskService().getIdentityLinksForTask(review.getId()))
                .noneMatch(link -> IRO.equals(link.getGroupId()) || "iro-kuzbass-supervisor".equals(link.getGroupId()));
        assertThat(taskService().createTaskQuery().taskCandidateUser("panina").count()).isZero();
        assertThat(historyReaders(application)).as("the chain's history moves with the review")
                .containsExactlyInAnyOrder(KRIPKIPRO, "kripkipro-supervisor", "minobr-kuzbass", "minobr-kuzbass-supervisor");
        completeAs("krasnoshlykova", task(), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));
        assertThat(application).isWaitingAtExactly("Task_MinistryDecision");
    }

    @Test
    @DisplayName("a project stored before institutes were named goes to the shared institute group")
    void projectWithoutInstituteGoesToTheSharedGroup() {
        applicationAtInstitute(null);

        assertThat(task()).hasCandidateGroup("institute");
        assertThat(taskService().createTaskQuery().taskCandidateUser("krasnoshlykova").count()).isEqualTo(1);
        assertThat(taskService().createTaskQuery().taskCandidateUser("panina").count()).isEqualTo(1);
    }

    @Test
    @Deployment(resources = "legacy/status-application-before-institutes.bpmn")
    @DisplayName("an instance started on the definition from before institutes were named keeps its version and group and completes")
    void instanceOnTheOldDefinitionCompletes() {
        ProcessInstance legacy = submitApplication(PROJECT_ID, null);
        RepositoryService repository = processEngine.getRepositoryService();
        String current = repository.createDeployment().addClasspathResource("bpmn/status-application.bpmn").deploy().getId();
        try {
            ProcessDefinition latest = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(ApprovalProcesses.APPLICATION_PROCESS).latestVersion().singleResult();
            assertThat(legacy.getProcessDefinitionId()).isNotEqualTo(latest.getId());

            completeAs("tikhomirova", openTaskOf(legacy), Map.of("signatureConfirmed", true));
            assertThat(legacy).isWaitingAtExactly("Task_InstituteReview");
            assertThat(openTaskOf(legacy)).hasCandidateGroup("institute");
            completeAs("panina", openTaskOf(legacy), Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));
            completeAs("minobr", openTaskOf(legacy), Map.of("ministryDecision", "APPROVE", "orderNumber", "2469",
                    "orderDate", "2022-09-30", "validFrom", "2022-09-30", "validTo", "2024-08-31"));
            assertThat(legacy).isEnded().hasPassed("End_StatusAssigned");

            ProcessInstance later = submitApplication("mariinsk-support-site-2022", KRIPKIPRO);
            assertThat(later.getProcessDefinitionId()).isEqualTo(latest.getId());
            completeAs("tikhomirova", openTaskOf(later), Map.of("signatureConfirmed", true));
            assertThat(openTaskOf(later)).hasCandidateGroup(KRIPKIPRO);
        } finally {
            repository.deleteDeployment(current, true);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ProcessInstance applicationAtInstitute(String institute) {
        ProcessInstance application = submitApplication(PROJECT_ID, institute);
        completeAs("tikhomirova", task(), Map.of("signatureConfirmed", true));
        assertThat(application).isWaitingAtExactly("Task_InstituteReview");
        return application;
    }

    /** The project's draft, its reviewing institute (none for {@code null}) and the submission, as the aggregate stores them. */
    private ProcessInstance submitApplication(String projectId, String institute) {
        long sequence = 0;
        publish(projectId, sequence++, new ProjectDraftRegisteredEvent(projectId, yayaNetworkProject()));
        if (institute != null) {
            publish(projectId, sequence++, new ReviewingInstituteAssignedEvent(projectId, institute, institute, "sikora"));
        }
        ApplicationSubmittedEvent submitted = new ApplicationSubmittedEvent(projectId, StatusLevel.REGIONAL, IMC_YAYA, "sikora");
        publish(projectId, sequence, submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        ProcessInstance application = processOf(projectId);
        assertThat(application).isWaitingAtExactly("Task_SignApplication");
        return application;
    }

    private java.util.List<String> historyReaders(ProcessInstance instance) {
        return processEngine.getAuthorizationService().createAuthorizationQuery()
                .resourceType(org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE)
                .resourceId(instance.getId()).list().stream()
                .map(org.camunda.bpm.engine.authorization.Authorization::getGroupId).toList();
    }

    private void publish(String projectId, long sequence, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("InnovationProject", projectId, sequence, payload));
    }

    private static Task openTaskOf(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static Task reviewOf(String businessKey) {
        return taskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("Task_InstituteReview").singleResult();
    }

    private static Job timer(ProcessInstance instance, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(boundaryEvent).singleResult();
    }
}
