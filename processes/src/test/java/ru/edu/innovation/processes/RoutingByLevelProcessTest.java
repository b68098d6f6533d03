package ru.edu.innovation.processes;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.RecordExpertDecisionCommand;
import ru.edu.innovation.api.project.RecordMinistryDecisionCommand;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.api.stage.ReviewStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.status.AssignStatusCommand;
import ru.edu.innovation.processes.routing.NoRouteException;
import ru.edu.innovation.processes.routing.RoutedHistoryBackfill;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * The three chains routed by the routing table, per site level: who reviews and who decides, and that
 * each of them approves, returns and rejects; a federal site and a place without bodies are not routed;
 * a chain started on the definition from before the table completes along its old route.
 */
@Deployment(resources = {"bpmn/status-application.bpmn", "bpmn/report-approval.bpmn", "bpmn/stage-completion.bpmn"})
class RoutingByLevelProcessTest extends ApprovalProcessTest {

    private static final String CONCLUSION = "Программа соответствует требованиям к инновационной деятельности";
    private static final String REMARKS = "Уточните критерии оценки результатов этапа";
    private static final String REJECTION = "Программа не соответствует приоритетам";
    private static final String REPORT_ID = "interim-2022-2023";
    private static final Map<String, Object> SIGNED = Map.of("signatureConfirmed", true);
    private static final Map<String, Object> ORDER = Map.of("ministryDecision", "APPROVE", "orderNumber", "17-р",
            "orderDate", "2023-06-20", "validFrom", "2023-07-01", "validTo", "2026-06-30");
    /** Every reviewer and decider of the two regions, to check that only the routed ones see a task. */
    private static final List<String> BODIES = List.of("panina", "krasnoshlykova", "minobr", "rector-kripkipro",
            "metodist-mariinsk", "uo-mariinsk-head", "expert-altai", "minobr-altai-spec", "metodist-barnaul",
            "komitet-barnaul-head");

    @Nested
    @DisplayName("a municipal site of Mariinsk: the methodological service reviews, the education authority decides")
    @Deployment(resources = {"bpmn/status-application.bpmn", "bpmn/report-approval.bpmn", "bpmn/stage-completion.bpmn"})
    class Municipal {

        @Test
        @DisplayName("approved by both: the authority's распоряжение assigns the status, nobody regional sees a task")
        void approved() {
            ProcessInstance application = submit(municipal(), null);
            completeAs("kartashova", task(), SIGNED);
            assertThat(task()).hasCandidateGroup("imc-mariinsk").hasName("Экспертиза заявки: МБОУ «ООШ № 12»");
            assertThat(task().getDueDate()).isEqualTo(Date.from(CLOCK.instant().plus(java.time.Duration.ofDays(10))));
            onlyTheseSee("metodist-mariinsk");

            completeAs("metodist-mariinsk", task(), approve());
            assertThat(task()).hasCandidateGroup("uo-mariinsk")
                    .hasName("Решение управления образования Мариинского округа по заявке: МБОУ «ООШ № 12»");
            onlyTheseSee("uo-mariinsk-head");

            completeAs("uo-mariinsk-head", task(), ORDER);
            assertThat(application).isEnded().hasPassed("End_StatusAssigned");
            assertThat(commands.last().getPayload()).isInstanceOf(AssignStatusCommand.class);
            assertThat(commands.last().getMetaData()).containsEntry("organizationId", "uo-mariinsk")
                    .containsEntry("routedBody", "uo-mariinsk");
        }

        @Test
        @DisplayName("returned by the methodological service, then rejected by the authority")
        void returnedThenRejected() {
            ProcessInstance application = submit(municipal(), null);
            completeAs("kartashova", task(), SIGNED);
            completeAs("metodist-mariinsk", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", REMARKS));
            assertThat(application).isWaitingAtExactly("Task_ReviseApplication");
            assertThat(task()).hasCandidateGroup("school-12-mariinsk");
            completeAs("abdulkhakova", task(), Map.of());
            completeAs("kartashova", task(), SIGNED);
            assertThat(task()).hasCandidateGroup("imc-mariinsk");
            completeAs("metodist-mariinsk", task(), approve());
            completeAs("uo-mariinsk-head", task(), Map.of("ministryDecision", "REJECT", "ministryConclusion", REJECTION));

            assertThat(application).isEnded().hasPassed("End_Rejected");
            assertThat(commands.last().getPayload()).isEqualTo(
                    new RecordMinistryDecisionCommand(PROJECT_ID, new Review(ReviewDecision.REJECT, REJECTION)));
        }

        @Test
        @DisplayName("rejected by the methodological service; returned by the authority")
        void rejectedByTheServiceAndReturnedByTheAuthority() {
            ProcessInstance rejected = submit(municipal(), null);
            completeAs("kartashova", task(), SIGNED);
            completeAs("metodist-mariinsk", task(), Map.of("instituteDecision", "REJECT", "instituteConclusion", REJECTION));
            assertThat(rejected).isEnded().hasPassed("End_Rejected");
            assertThat(commands.last().getPayload()).isEqualTo(
                    new RecordExpertDecisionCommand(PROJECT_ID, new Review(ReviewDecision.REJECT, REJECTION)));
        }

        @Test
        @DisplayName("returned by the authority goes back to the school")
        void returnedByTheAuthority() {
            ProcessInstance application = submit(municipal(), null);
            completeAs("kartashova", task(), SIGNED);
            completeAs("metodist-mariinsk", task(), approve());
            completeAs("uo-mariinsk-head", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", REMARKS));
            assertThat(application).isWaitingAtExactly("Task_ReviseApplication");
        }

        @Test
        @DisplayName("its report and its stage completion go to the same municipal bodies, and each decides")
        void reportAndStage() {
            registered(municipal(), null);
            startReport();
            assertThat(processOf(ApprovalProcesses.reportBusinessKey(PROJECT_ID, REPORT_ID))).isWaitingAtExactly("Task_SignReport");
            completeAs("kartashova", task(), SIGNED);
            Task reportReview = task();
            assertThat(reportReview).hasCandidateGroup("imc-mariinsk");
            completeAs("metodist-mariinsk", reportReview, approve());
            assertThat(task()).hasCandidateGroup("uo-mariinsk")
                    .hasName("Решение управления образования Мариинского округа по отчёту: МБОУ «ООШ № 12», 2022–2023");
            completeAs("uo-mariinsk-head", task(), Map.of("ministryDecision", "APPROVE", "ministryConclusion", CONCLUSION));
            assertThat(commands.last().getPayload()).isInstanceOf(ReviewReportCommand.class);

            startStage();
            assertThat(processOf(ApprovalProcesses.stageBusinessKey(PROJECT_ID, 1))).isWaitingAtExactly("Task_InstituteReview");
            assertThat(task()).hasCandidateGroup("imc-mariinsk");
            completeAs("metodist-mariinsk", task(), approve());
            assertThat(task()).hasCandidateGroup("uo-mariinsk")
                    .hasName("Решение управления образования Мариинского округа по этапу 1: МБОУ «ООШ № 12»");
            ProcessInstance stage = processOf(ApprovalProcesses.stageBusinessKey(PROJECT_ID, 1));
            completeAs("uo-mariinsk-head", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", REMARKS));
            assertThat(commands.last().getPayload()).isInstanceOf(ReviewStageCompletionCommand.class);
            assertThat(stage).isWaitingAtExactly("Task_ReviseStageCompletion");
            assertThat(task()).hasCandidateGroup("school-12-mariinsk");
        }

        @Test
        @DisplayName("a new reviewing institute does not move a municipal review")
        void instituteChangeLeavesTheMunicipalReview() {
            submit(municipal(), null);
            completeAs("kartashova", task(), SIGNED);
            ReviewingInstituteAssignedEvent assigned = new ReviewingInstituteAssignedEvent(PROJECT_ID, "kripkipro", "КРИПКиПРО", "minobr");
            stored(assigned);
            instituteChange.on(assigned);
            assertThat(task()).hasCandidateGroup("imc-mariinsk");
            onlyTheseSee("metodist-mariinsk");
        }
    }

    @Nested
    @DisplayName("a support site of KRIPKiPRO: the institute reviews, its directorate decides by the institute's order")
    @Deployment(resources = {"bpmn/status-application.bpmn", "bpmn/report-approval.bpmn", "bpmn/stage-completion.bpmn"})
    class SupportSite {

        @Test
        @DisplayName("approved by the institute and its directorate; the ministry never sees it")
        void approved() {
            ProcessInstance application = submit(supportSiteProgram(), "kripkipro");
            completeAs("kartashova", task(), SIGNED);
            assertThat(task()).hasCandidateGroup("kripkipro");
            onlyTheseSee("krasnoshlykova");
            completeAs("krasnoshlykova", task(), approve());
            assertThat(task()).hasCandidateGroup("kripkipro-directorate")
                    .hasName("Решение института по заявке: МБОУ «ООШ № 12»");
            onlyTheseSee("rector-kripkipro");
            completeAs("rector-kripkipro", task(), ORDER);
            assertThat(application).isEnded().hasPassed("End_StatusAssigned");
            assertThat(commands.last().getMetaData()).as("the directorate decides as its institute")
                    .containsEntry("routedBody", "kripkipro");
        }

        @Test
        @DisplayName("moved to another institute before its review: the chain's history goes to that institute and its directorate")
        void movedToAnotherInstitute() {
            ProcessInstance application = submit(supportSiteProgram(), "kripkipro");
            completeAs("kartashova", task(), SIGNED);
            assertThat(historyReaders(application)).containsExactlyInAnyOrder("kripkipro", "kripkipro-supervisor",
                    "kripkipro-directorate");

            ReviewingInstituteAssignedEvent moved = new ReviewingInstituteAssignedEvent(PROJECT_ID, "iro-kuzbass",
                    "ИРО Кузбасса", "minobr");
            stored(moved);
            instituteChange.on(moved);

            assertThat(historyReaders(application)).containsExactlyInAnyOrder("iro-kuzbass", "iro-kuzbass-supervisor",
                    "iro-kuzbass-directorate");
        }

        @Test
        @DisplayName("a chain routed before history was granted per chain gets its readers once, on the next start")
        void historyOfAChainRoutedBefore() {
            ProcessInstance application = submit(supportSiteProgram(), "kripkipro");
            var authorizations = processEngine.getAuthorizationService();
            authorizations.createAuthorizationQuery()
                    .resourceType(org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE)
                    .resourceId(application.getId()).list()
                    .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
            var management = processEngine.getManagementService();
            management.deleteProperty(RoutedHistoryBackfill.DONE);
            RoutedHistoryBackfill backfill = new RoutedHistoryBackfill(processEngine.getRuntimeService(), management,
                    routing, historyReaders);
            try {
                assertThat(backfill.backfill()).isPositive();
                assertThat(historyReaders(application)).containsExactlyInAnyOrder("kripkipro", "kripkipro-supervisor",
                        "kripkipro-directorate");

                authorizations.createAuthorizationQuery()
                        .resourceType(org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE)
                        .resourceId(application.getId()).list()
                        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
                assertThat(backfill.backfill()).as("done once").isZero();
                assertThat(historyReaders(application)).isEmpty();
            } finally {
                management.deleteProperty(RoutedHistoryBackfill.DONE);
            }
        }

        @Test
        @DisplayName("returned by the institute, rejected by the directorate; rejected by the institute")
        void returnedAndRejected() {
            ProcessInstance application = submit(supportSiteProgram(), "kripkipro");
            completeAs("kartashova", task(), SIGNED);
            completeAs("krasnoshlykova", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", REMARKS));
            assertThat(application).isWaitingAtExactly("Task_ReviseApplication");
            completeAs("abdulkhakova", task(), Map.of());
            completeAs("kartashova", task(), SIGNED);
            completeAs("krasnoshlykova", task(), approve());
            completeAs("rector-kripkipro", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", REMARKS));
            assertThat(application).isWaitingAtExactly("Task_ReviseApplication");
            completeAs("abdulkhakova", task(), Map.of());
            completeAs("kartashova", task(), SIGNED);
            completeAs("krasnoshlykova", task(), approve());
            completeAs("rector-kripkipro", task(), Map.of("ministryDecision", "REJECT", "ministryConclusion", REJECTION));
            assertThat(application).isEnded().hasPassed("End_Rejected");
        }

        @Test
        @DisplayName("rejected by the institute's review")
        void rejectedByTheInstitute() {
            ProcessInstance application = submit(supportSiteProgram(), "kripkipro");
            completeAs("kartashova", task(), SIGNED);
            completeAs("krasnoshlykova", task(), Map.of("instituteDecision", "REJECT", "instituteConclusion", REJECTION));
            assertThat(application).isEnded().hasPassed("End_Rejected");
        }

        @Test
        @DisplayName("its stage completion goes to the institute and then its directorate")
        void stage() {
            registered(supportSiteProgram(), "kripkipro");
            startStage();
            assertThat(processOf(ApprovalProcesses.stageBusinessKey(PROJECT_ID, 1))).isWaitingAtExactly("Task_InstituteReview");
            assertThat(task()).hasCandidateGroup("kripkipro");
            completeAs("krasnoshlykova", task(), approve());
            assertThat(task()).hasCandidateGroup("kripkipro-directorate");
            completeAs("rector-kripkipro", task(), Map.of("ministryDecision", "APPROVE", "ministryConclusion", CONCLUSION));
            assertThat(taskService().createTaskQuery().count()).isZero();
        }
    }

    @Nested
    @DisplayName("a regional site of the Altai krai: Altai's institute reviews, Altai's ministry decides")
    @Deployment(resources = {"bpmn/status-application.bpmn", "bpmn/report-approval.bpmn", "bpmn/stage-completion.bpmn"})
    class RegionalOfAnotherRegion {

        @Test
        @DisplayName("approved, returned and rejected only by Altai's bodies; Kuzbass's see nothing")
        void routedToItsOwnRegion() {
            ProcessInstance application = submit(altaiRegional(), "airo-altai");
            completeAs("director-barnaul", task(), SIGNED);
            assertThat(task()).hasCandidateGroup("airo-altai");
            onlyTheseSee("expert-altai");
            completeAs("expert-altai", task(), approve());
            assertThat(task()).hasCandidateGroup("minobr-altai")
                    .hasName("Решение министерства образования Алтайского края по заявке: МБОУ СОШ г. Барнаула");
            onlyTheseSee("minobr-altai-spec");
            completeAs("minobr-altai-spec", task(), Map.of("ministryDecision", "RETURN_FOR_REVISION", "ministryConclusion", REMARKS));
            completeAs("director-barnaul", task(), Map.of());
            completeAs("director-barnaul", task(), SIGNED);
            completeAs("expert-altai", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", REMARKS));
            completeAs("director-barnaul", task(), Map.of());
            completeAs("director-barnaul", task(), SIGNED);
            completeAs("expert-altai", task(), approve());
            completeAs("minobr-altai-spec", task(), ORDER);
            assertThat(application).isEnded().hasPassed("End_StatusAssigned");
        }

        @Test
        @DisplayName("rejected by Altai's institute and by Altai's ministry")
        void rejected() {
            ProcessInstance byInstitute = submit(altaiRegional(), "airo-altai");
            completeAs("director-barnaul", task(), SIGNED);
            completeAs("expert-altai", task(), Map.of("instituteDecision", "REJECT", "instituteConclusion", REJECTION));
            assertThat(byInstitute).isEnded().hasPassed("End_Rejected");
        }

        @Test
        @DisplayName("rejected by Altai's ministry")
        void rejectedByTheMinistry() {
            ProcessInstance application = submit(altaiRegional(), "airo-altai");
            completeAs("director-barnaul", task(), SIGNED);
            completeAs("expert-altai", task(), approve());
            completeAs("minobr-altai-spec", task(), Map.of("ministryDecision", "REJECT", "ministryConclusion", REJECTION));
            assertThat(application).isEnded().hasPassed("End_Rejected");
        }
    }

    @Test
    @DisplayName("a regional site of Kuzbass: the institute the school chose reviews its report, the ministry of Kuzbass decides")
    void regionalReportOfKuzbass() {
        registered(yayaNetworkProject(), "iro-kuzbass");
        startReport();
        assertThat(processOf(ApprovalProcesses.reportBusinessKey(PROJECT_ID, REPORT_ID))).isWaitingAtExactly("Task_SignReport");
        completeAs("tikhomirova", task(), SIGNED);
        assertThat(task()).hasCandidateGroup("iro-kuzbass");
        onlyTheseSee("panina");
        completeAs("panina", task(), Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", REMARKS));
        assertThat(task()).hasCandidateGroup(IMC_YAYA);
    }

    @Test
    @DisplayName("a federal site is recorded, not routed: its chain does not start, with a 409")
    void federalSiteIsNotRouted() {
        assertThatThrownBy(() -> submit(atLevel(yayaNetworkProject(), StatusLevel.FEDERAL), "iro-kuzbass"))
                .isInstanceOf(NoRouteException.class)
                .hasMessageContaining("Федеральная площадка")
                .satisfies(e -> assertThat(((NoRouteException) e).getStatus().getStatusCode()).isEqualTo(409));
        assertThat(instancesOf(ApprovalProcesses.APPLICATION_PROCESS)).isZero();
    }

    @Test
    @DisplayName("a school of no configured region has no route")
    void schoolOutsideTheRegionsIsNotRouted() {
        ProjectDetails elsewhere = withLead(yayaNetworkProject(), new Organization("school-tomsk", "МАОУ СОШ г. Томска",
                null, "г. Томск", null, null));
        assertThatThrownBy(() -> submit(elsewhere, "iro-kuzbass"))
                .isInstanceOf(NoRouteException.class).hasMessageContaining("school-tomsk");
    }

    @Test
    @DisplayName("a municipal site in a territory without municipal bodies in the table has no route")
    void territoryWithoutBodiesIsNotRouted() {
        publishToTheRegionWithout();
    }

    @Test
    @Deployment(resources = "legacy/status-application-before-routing.bpmn")
    @DisplayName("an instance started on the definition from before the routing table completes along its old route")
    void instanceOnTheOldDefinitionCompletes() {
        ProcessInstance legacy = submit(yayaNetworkProject(), "iro-kuzbass");
        RepositoryService repository = processEngine.getRepositoryService();
        String current = repository.createDeployment().addClasspathResource("bpmn/status-application.bpmn").deploy().getId();
        try {
            ProcessDefinition latest = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(ApprovalProcesses.APPLICATION_PROCESS).latestVersion().singleResult();
            assertThat(legacy.getProcessDefinitionId()).isNotEqualTo(latest.getId());

            completeAs("tikhomirova", task(), SIGNED);
            assertThat(task()).hasCandidateGroup("iro-kuzbass");
            completeAs("panina", task(), approve());
            assertThat(task()).hasCandidateGroup("ministry").hasName("Решение министерства по заявке: МБУ ИМЦ Яйского округа");
            completeAs("minobr", task(), ORDER);
            assertThat(legacy).isEnded().hasPassed("End_StatusAssigned");
        } finally {
            repository.deleteDeployment(current, true);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void publishToTheRegionWithout() {
        // A municipal site led by an organization of the whole region (here its institute) has no territory.
        ProjectDetails regionBody = withLead(atLevel(yayaNetworkProject(), StatusLevel.MUNICIPAL),
                new Organization("iro-kuzbass", "ИРО Кузбасса", null, "Кемерово", null, null));
        ApplicationSubmittedEvent submitted = new ApplicationSubmittedEvent("iro-site", StatusLevel.MUNICIPAL, "iro-kuzbass", "sikora");
        eventStore.publish(new GenericDomainEventMessage<>("InnovationProject", "iro-site", 0,
                new ProjectDraftRegisteredEvent("iro-site", regionBody)));
        eventStore.publish(new GenericDomainEventMessage<>("InnovationProject", "iro-site", 1, submitted));
        assertThatThrownBy(() -> starter.on(submitted, SUBMITTED_THROUGH_API))
                .isInstanceOf(NoRouteException.class).hasMessageContaining("MUNICIPAL").hasMessageContaining("kuzbass");
    }

    private static Map<String, Object> approve() {
        return Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION);
    }

    private List<String> historyReaders(ProcessInstance instance) {
        return processEngine.getAuthorizationService().createAuthorizationQuery()
                .resourceType(org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE)
                .resourceId(instance.getId()).list().stream()
                .map(org.camunda.bpm.engine.authorization.Authorization::getGroupId).toList();
    }

    private void onlyTheseSee(String... users) {
        for (String user : BODIES) {
            long seen = taskService().createTaskQuery().taskCandidateUser(user).count();
            assertThat(seen).as("tasks %s sees", user).isEqualTo(List.of(users).contains(user) ? 1 : 0);
        }
    }

    private void registered(ProjectDetails details, String institute) {
        stored(new ProjectDraftRegisteredEvent(PROJECT_ID, details));
        if (institute != null) {
            stored(new ReviewingInstituteAssignedEvent(PROJECT_ID, institute, institute, "sikora"));
        }
    }

    private ProcessInstance submit(ProjectDetails details, String institute) {
        registered(details, institute);
        ApplicationSubmittedEvent submitted = new ApplicationSubmittedEvent(PROJECT_ID, details.levelAppliedFor(),
                details.leadOrganization().id(), "sikora");
        stored(submitted);
        starter.on(submitted, SUBMITTED_THROUGH_API);
        ProcessInstance application = processOf(PROJECT_ID);
        assertThat(application).isWaitingAtExactly("Task_SignApplication");
        return application;
    }

    private void startReport() {
        ReportSubmittedEvent report = new ReportSubmittedEvent(PROJECT_ID, REPORT_ID, interimReport2022_2023(), "sikora",
                null, null, null);
        stored(report);
        starter.on(report, SUBMITTED_THROUGH_API);
    }

    private void startStage() {
        StageCompletionRequestedEvent stage = new StageCompletionRequestedEvent(PROJECT_ID, 1,
                new StageCompletionRequest("Подготовительный этап выполнен"), "sikora");
        stored(stage);
        starter.on(stage, SUBMITTED_THROUGH_API);
    }

    /** Seed 002's program of school № 12 as a municipal site of the Mariinsk district. */
    private static ProjectDetails municipal() {
        return atLevel(supportSiteProgram(), StatusLevel.MUNICIPAL);
    }

    /** Seed 004's project as if run by a Barnaul school applying for the Altai krai's regional status. */
    private static ProjectDetails altaiRegional() {
        return withLead(yayaNetworkProject(), new Organization("school-barnaul", "Муниципальное бюджетное общеобразовательное "
                + "учреждение «Средняя общеобразовательная школа» г. Барнаула", "МБОУ СОШ г. Барнаула",
                "городской округ — город Барнаул", null, null));
    }

    static ProjectDetails atLevel(ProjectDetails details, StatusLevel level) {
        return new ProjectDetails(level, details.theme(), details.goal(), details.tasks(), details.direction(),
                details.period(), details.stages(), details.leadOrganization(), details.participants(), details.leader(),
                details.deputy(), details.coordinators(), details.scientificConsultant(), details.team(),
                details.partners(), details.risks());
    }

    static ProjectDetails withLead(ProjectDetails details, Organization lead) {
        return new ProjectDetails(details.levelAppliedFor(), details.theme(), details.goal(), details.tasks(),
                details.direction(), details.period(), details.stages(), lead, details.participants(), details.leader(),
                details.deputy(), details.coordinators(), details.scientificConsultant(), details.team(),
                details.partners(), details.risks());
    }
}
