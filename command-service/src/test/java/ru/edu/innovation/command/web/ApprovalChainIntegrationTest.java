package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.processes.start.ApprovalProcessStarter;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * The application's approval chain end to end: the school submits through the REST API, each
 * reviewer completes their task through Camunda's REST API (as Tasklist does) in their own group,
 * and the commands the tasks send are stored with the reviewers in the events' metadata.
 */
class ApprovalChainIntegrationTest extends PostgresIntegrationTest {

    private static final String CONCLUSION = "Проект соответствует требованиям к региональным инновационным площадкам";

    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    EventProcessingConfiguration eventProcessing;

    @Test
    @DisplayName("an application approved in Tasklist by the institute and the ministry ends in a status assigned by the ministry's reviewer")
    void statusAssignedThroughTasks() throws IOException {
        String projectId = submittedYayaApplication();

        String signTask = openTask("tikhomirova", projectId, "Task_SignApplication");
        expectCompleted(completeTask("tikhomirova", signTask, Map.of("signatureConfirmed", true)));
        String expertTask = openTask("panina", projectId, "Task_InstituteReview");
        expectCompleted(completeTask("panina", expertTask,
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION)));
        String ministryTask = openTask("minobr", projectId, "Task_MinistryDecision");
        expectCompleted(completeTask("minobr", ministryTask, Map.of("ministryDecision", "APPROVE",
                "orderNumber", "2469", "orderDate", "2022-09-30", "validFrom", "2022-09-30", "validTo", "2024-08-31")));

        assertThat(storedEventTypes(projectId)).containsExactly("ProjectDraftRegisteredEvent",
                "ApplicationSubmittedEvent", "ReviewingInstituteAssignedEvent", "ApplicationSignedEvent", "ExpertDecisionRecordedEvent",
                "StatusAssignedEvent", "StageStartedEvent");
        String processInstanceId = metaData(projectId, 5).path("processInstanceId").asText();
        assertThat(processInstanceId).isNotBlank();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .as("the chain ended").isZero();
        expectActor(metaData(projectId, 3), "tikhomirova", "SCHOOL", "imc-yaya", processInstanceId, signTask);
        expectActor(metaData(projectId, 4), "panina", "INSTITUTE", "iro-kuzbass", processInstanceId, expertTask);
        expectActor(metaData(projectId, 5), "minobr", "MINISTRY", "minobr-kuzbass", processInstanceId, ministryTask);
        JsonNode statusAssigned = payload(projectId, 5);
        assertThat(statusAssigned.path("assignedBy").asText()).isEqualTo("minobr");
        assertThat(statusAssigned.path("order").path("orderNumber").asText()).isEqualTo("2469");
    }

    @Test
    @DisplayName("a command a task builds is checked against the same constraints as one from the web: an order number too long is refused, the task stays open")
    void taskCommandPassesBeanValidation() {
        expectMinistryApprovalRefused(Map.of("orderNumber", "2469".repeat(26), "validFrom", "2022-09-30"),
                "номер приказа", "100");
    }

    @Test
    @DisplayName("a status whose validity would end before it starts is refused from the ministry's task, the task stays open")
    void reversedValidityFromTaskIsRefused() {
        expectMinistryApprovalRefused(Map.of("orderNumber", "2469", "validFrom", "2024-09-01"),
                "срок действия статуса должен начинаться не позже, чем заканчивается");
    }

    /** The ministry approves with an order of {@code order}'s number and start; the task is refused with {@code reason}. */
    private void expectMinistryApprovalRefused(Map<String, String> order, String... reason) {
        String projectId = submittedYayaApplication();
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION)));
        String ministryTask = openTask("minobr", projectId, "Task_MinistryDecision");
        long eventsBefore = totalStoredEvents();

        ResponseEntity<Map> refused = completeTask("minobr", ministryTask, Map.of("ministryDecision", "APPROVE",
                "orderNumber", order.get("orderNumber"), "orderDate", "2022-09-30", "validFrom", order.get("validFrom"),
                "validTo", "2024-08-31"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "TASK_REFUSED");
        assertThat((String) refused.getBody().get("detail")).contains(reason);
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
        assertThat(openTask("minobr", projectId, "Task_MinistryDecision")).isEqualTo(ministryTask);
    }

    @Test
    @DisplayName("a command refused inside a task completion leaves the task open, stores nothing and tells the reviewer why")
    void refusedCompletionKeepsTheTaskOpen() {
        String projectId = submittedYayaApplication();
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        String expertTask = openTask("panina", projectId, "Task_InstituteReview");
        long eventsBefore = totalStoredEvents();

        // The administrator may complete any task in Camunda, but only the institute decides: the aggregate refuses.
        ResponseEntity<Map> refused = completeTask(rest.withBasicAuth("admin", "admin"), expertTask,
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("code", "PROJECT_ACCESS_DENIED");
        String message = (String) refused.getBody().get("detail");
        assertThat(message).contains("Этот шаг выполняет роль INSTITUTE, а не ADMIN").doesNotContain("\tat ", expertTask);
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
        assertThat(openTask("panina", projectId, "Task_InstituteReview")).isEqualTo(expertTask);
        assertThat(taskService.createTaskQuery().taskId(expertTask).singleResult().getAssignee()).isNull();

        // A decision without its required data is refused before any command is sent.
        ResponseEntity<Map> incomplete = completeTask("panina", expertTask, Map.of("instituteDecision", "APPROVE"));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(incomplete.getBody()).containsEntry("code", "TASK_REFUSED");
        assertThat((String) incomplete.getBody().get("detail")).contains("Заполните поле «заключение»");
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);

        expectCompleted(completeTask("panina", expertTask,
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION)));
        assertThat(storedEventTypes(projectId)).endsWith("ExpertDecisionRecordedEvent");
    }

    @Test
    @DisplayName("two reviewers completing the same task at once record one decision")
    void racingCompletionsRecordOneDecision() throws Exception {
        String projectId = submittedYayaApplication();
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        String expertTask = openTask("panina", projectId, "Task_InstituteReview");
        long eventsBefore = totalStoredEvents();

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<ResponseEntity<Map>>> completions = new java.util.ArrayList<>();
        for (String reviewer : java.util.List.of("panina", "head-iro")) {
            completions.add(pool.submit(() -> {
                start.await();
                return completeTask(reviewer, expertTask,
                        Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION + " (" + reviewer + ")"));
            }));
        }
        start.countDown();
        java.util.List<HttpStatus> statuses = new java.util.ArrayList<>();
        for (var completion : completions) {
            statuses.add(HttpStatus.valueOf(completion.get().getStatusCode().value()));
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(HttpStatus.NO_CONTENT);
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore + 1);
        assertThat(storedEventTypes(projectId)).endsWith("ExpertDecisionRecordedEvent");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(projectId)
                .taskDefinitionKey("Task_MinistryDecision").count()).isEqualTo(1);

        // The loser's command ran before its transaction rolled back: the cached project must not
        // keep its event, or the next one would be stored with a gap in the sequence.
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), Map.of(
                "ministryDecision", "APPROVE", "orderNumber", "2469", "orderDate", "2022-09-30",
                "validFrom", "2022-09-30", "validTo", "2024-08-31")));
        assertThat(storedEventTypes(projectId)).containsExactly("ProjectDraftRegisteredEvent",
                "ApplicationSubmittedEvent", "ReviewingInstituteAssignedEvent", "ApplicationSignedEvent", "ExpertDecisionRecordedEvent",
                "StatusAssignedEvent", "StageStartedEvent");
        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, projectId)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    @DisplayName("returned by the ministry, the application goes back to the school and the chain starts again after resubmission through the API")
    void returnedByTheMinistryAndResubmitted() {
        String projectId = submittedYayaApplication();
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION)));
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), Map.of(
                "ministryDecision", "RETURN_FOR_REVISION",
                "ministryConclusion", "Уточнить целевые показатели по ОГЭ на 2024 год")));

        assertThat(tasksVisibleTo("kartashova", projectId, "Task_ReviseApplication"))
                .as("another school does not see the task").isEmpty();
        openTask("sikora", projectId, "Task_ReviseApplication");

        call(HttpMethod.PUT, "sikora", "/api/projects/" + projectId, yayaNetworkProject());
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(tasksVisibleTo("sikora", projectId, "Task_ReviseApplication")).isEmpty();
        openTask("tikhomirova", projectId, "Task_SignApplication");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(projectId).count())
                .as("the same chain continues").isEqualTo(1);
    }

    @Test
    @DisplayName("an overdue institute review is escalated to the institute's supervisors and recorded in the project's history")
    void overdueReviewIsEscalated() throws IOException {
        String projectId = submittedYayaApplication();
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        String expertTask = openTask("panina", projectId, "Task_InstituteReview");
        assertThat(tasksVisibleTo("head-iro", projectId, "Task_InstituteReview")).hasSize(1);
        assertThat(tasksVisibleTo("krasnoshlykova", projectId, "Task_InstituteReview")).isEmpty();
        String processInstanceId = taskService.createTaskQuery().taskId(expertTask).singleResult().getProcessInstanceId();

        Job overdue = managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId("Event_InstituteOverdue").singleResult();
        managementService.executeJob(overdue.getId());

        assertThat(storedEventTypes(projectId)).endsWith("ReviewOverdueRecordedEvent");
        JsonNode escalation = metaData(projectId, 4);
        assertThat(escalation.path("userId").asText()).isEqualTo("system");
        assertThat(escalation.path("role").asText()).isEqualTo("SYSTEM");
        assertThat(escalation.path("taskId").asText()).isEqualTo(expertTask);
        assertThat(payload(projectId, 4).path("escalatedTo").asText()).isEqualTo("iro-kuzbass-supervisor");
        assertThat(taskService.getIdentityLinksForTask(expertTask))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("iro-kuzbass-supervisor"));

        expectCompleted(completeTask("head-iro", expertTask,
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION)));
        assertThat(metaData(projectId, 5).path("userId").asText()).isEqualTo("head-iro");
        assertThat(metaData(projectId, 5).path("role").asText()).isEqualTo("INSTITUTE");
    }

    @Test
    @DisplayName("the chain starter runs in the transaction that stores the event and lets its failures undo the command")
    void processStarterRunsInTheStoringTransaction() {
        assertThat(eventProcessing.eventProcessor(ApprovalProcessStarter.PROCESSING_GROUP))
                .get().isInstanceOf(SubscribingEventProcessor.class);
        assertThat(eventProcessing.listenerInvocationErrorHandler(ApprovalProcessStarter.PROCESSING_GROUP))
                .isSameAs(PropagatingErrorHandler.instance());
    }

    @Test
    @DisplayName("Tasklist is served under /camunda and lets a reviewer log in")
    void tasklistLogin() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsIgnoringCase("tasklist");

        ResponseEntity<Map> reviewer = webappLogin(page, "tasklist", "panina");
        assertThat(reviewer.getStatusCode()).as("%s %s", reviewer.getHeaders(), reviewer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(reviewer.getBody()).containsEntry("userId", "panina");
        assertThat(String.valueOf(reviewer.getBody().get("authorizedApps"))).contains("tasklist");
        assertThat(webappLogin(page, "cockpit", "kartashova").getStatusCode())
                .as("a school may not open Cockpit").isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Logs in to a Camunda webapp the way its login page does, with the CSRF token the page handed out. */
    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> webappLogin(ResponseEntity<String> page, String app, String user) {
        // The token belongs to the page's session: send back both cookies, and the token as a header.
        java.util.List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .toList();
        String token = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", token);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", "demo");
        return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>(form, headers), Map.class);
    }

    @Test
    @DisplayName("an application chain deleted by an administrator through the engine's REST API gives the application back to the school, which submits it again")
    void deletedChainGivesTheApplicationBack() throws IOException {
        String projectId = submittedYayaApplication();
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(projectId)
                .singleResult().getId();

        ResponseEntity<Void> deletion = rest.withBasicAuth("admin", "admin").exchange(
                "/engine-rest/process-instance/{id}?skipCustomListeners=true", HttpMethod.DELETE, null, Void.class,
                processInstanceId);

        assertThat(deletion.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(storedEventTypes(projectId)).endsWith("ApprovalCancelledEvent");
        long last = storedEventTypes(projectId).size() - 1;
        JsonNode cancelled = metaData(projectId, last);
        assertThat(cancelled.path("userId").asText()).isEqualTo("admin");
        assertThat(cancelled.path("role").asText()).isEqualTo("ADMIN");
        assertThat(payload(projectId, last).path("processInstanceId").asText()).isEqualTo(processInstanceId);

        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        openTask("tikhomirova", projectId, "Task_SignApplication");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(projectId).singleResult()
                .getId()).as("a new chain").isNotEqualTo(processInstanceId);
    }

    @Test
    @DisplayName("a school user cannot delete an approval chain")
    void schoolCannotDeleteAChain() {
        String projectId = submittedYayaApplication();
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(projectId)
                .singleResult().getId();

        ResponseEntity<Map> deletion = as("sikora").exchange("/engine-rest/process-instance/{id}", HttpMethod.DELETE,
                null, Map.class, processInstanceId);

        assertThat(deletion.getStatusCode().is4xxClientError()).as("%s", deletion.getBody()).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);
        assertThat(storedEventTypes(projectId)).doesNotContain("ApprovalCancelledEvent");
    }

    private String submittedYayaApplication() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return projectId;
    }

    private static void expectActor(JsonNode metaData, String userId, String role, String organizationId,
                                    String processInstanceId, String taskId) {
        assertThat(metaData.path("userId").asText()).isEqualTo(userId);
        assertThat(metaData.path("role").asText()).isEqualTo(role);
        assertThat(metaData.path("organizationId").asText()).isEqualTo(organizationId);
        assertThat(metaData.path("processInstanceId").asText()).isEqualTo(processInstanceId);
        assertThat(metaData.path("taskId").asText()).isEqualTo(taskId);
    }

    private JsonNode metaData(String projectId, long sequence) throws IOException {
        return column("meta_data", projectId, sequence);
    }

    private JsonNode payload(String projectId, long sequence) throws IOException {
        return column("payload", projectId, sequence);
    }

    private JsonNode column(String column, String projectId, long sequence) throws IOException {
        byte[] json = jdbc.queryForObject("SELECT " + column + " FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = ?", byte[].class, projectId, sequence);
        return objectMapper.readTree(json);
    }
}
