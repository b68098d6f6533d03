package ru.edu.innovation.command.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's REST API as a user can call it: refusals are the product's problem details, a task takes
 * only its form's decision fields, serialized objects are refused, and the loser of a race learns
 * that somebody else was first.
 */
@SuppressWarnings("rawtypes")
@ExtendWith(OutputCaptureExtension.class)
class EngineRestIntegrationTest extends PostgresIntegrationTest {

    private static final String CONCLUSION = "Проект соответствует требованиям к региональным инновационным площадкам";
    private static final Map<String, Object> APPROVAL =
            Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION);

    @Test
    @DisplayName("a completion with another project's id is refused with a problem detail; the decision then lands on the task's own project")
    void injectedProjectIdIsRefused() {
        String projectX = awaitingInstitute();
        String projectY = awaitingInstitute();
        String taskX = openTask("panina", projectX, "Task_InstituteReview");
        List<String> eventsOfY = storedEventTypes(projectY);
        long eventsBefore = totalStoredEvents();

        ResponseEntity<Map> injected = completeTask("panina", taskX, Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", CONCLUSION, "projectId", projectY));

        expectProblem(injected, HttpStatus.BAD_REQUEST, "VARIABLE_NOT_ALLOWED", taskX);
        assertThat((String) injected.getBody().get("detail")).contains("projectId");
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
        assertThat(openTask("panina", projectX, "Task_InstituteReview")).isEqualTo(taskX);

        ResponseEntity<Map> written = exchange("panina", HttpMethod.PUT,
                "/engine-rest/task/" + taskX + "/variables/projectId", Map.of("value", projectY, "type", "String"));
        expectProblem(written, HttpStatus.BAD_REQUEST, "VARIABLE_NOT_ALLOWED", taskX);
        ResponseEntity<Map> modified = exchange("panina", HttpMethod.POST, "/engine-rest/task/" + taskX + "/variables",
                Map.of("modifications", Map.of("organizationId", Map.of("value", "kripkipro"))));
        expectProblem(modified, HttpStatus.BAD_REQUEST, "VARIABLE_NOT_ALLOWED", taskX);
        String processInstance = (String) tasksVisibleTo("panina", projectX, "Task_InstituteReview").get(0).get("processInstanceId");
        ResponseEntity<Map> byAdmin = exchange(rest.withBasicAuth("admin", "admin"), HttpMethod.PUT,
                "/engine-rest/process-instance/" + processInstance + "/variables/projectId", Map.of("value", projectY));
        expectProblem(byAdmin, HttpStatus.BAD_REQUEST, "VARIABLE_NOT_ALLOWED", processInstance);
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);

        // A client that sends back the fields the form only shows, unchanged, still completes the task.
        expectCompleted(completeTask("panina", taskX, Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", CONCLUSION, "organizationName", "МБУ ИМЦ Яйского округа")));
        assertThat(storedEventTypes(projectX)).endsWith("ExpertDecisionRecordedEvent");
        assertThat(storedEventTypes(projectY)).isEqualTo(eventsOfY);
    }

    @Test
    @DisplayName("Tasklist's own engine API refuses a variable its form does not have, and takes the form's fields")
    void tasklistApiTakesOnlyTheFormsFields() {
        String projectX = awaitingInstitute();
        String projectY = awaitingInstitute();
        String taskX = openTask("panina", projectX, "Task_InstituteReview");
        List<String> eventsOfY = storedEventTypes(projectY);
        long eventsBefore = totalStoredEvents();
        WebappSession tasklist = new WebappSession("panina");
        String submit = "/camunda/api/engine/engine/default/task/" + taskX + "/submit-form";

        ResponseEntity<Map> injected = tasklist.post(submit, Map.of("variables", Map.of(
                "instituteDecision", Map.of("value", "APPROVE"), "instituteConclusion", Map.of("value", CONCLUSION),
                "projectId", Map.of("value", projectY))));

        expectProblem(injected, HttpStatus.BAD_REQUEST, "VARIABLE_NOT_ALLOWED", taskX);
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
        ResponseEntity<Map> submitted = tasklist.post(submit, Map.of("variables", Map.of(
                "instituteDecision", Map.of("value", "APPROVE"), "instituteConclusion", Map.of("value", CONCLUSION),
                "organizationName", Map.of("value", "МБУ ИМЦ Яйского округа"), "pastDecisions", Map.of("value", ""))));
        assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(storedEventTypes(projectX)).endsWith("ExpertDecisionRecordedEvent");
        assertThat(storedEventTypes(projectY)).isEqualTo(eventsOfY);
    }

    @Test
    @DisplayName("serialized and serializer-less objects, control characters and malformed bodies are refused with 4xx, an unknown task with 404, as problem details")
    void objectsAndUnknownTasks() {
        String project = awaitingInstitute();
        String task = openTask("panina", project, "Task_InstituteReview");
        long eventsBefore = totalStoredEvents();

        Map<String, Object> serialized = Map.of("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        expectProblem(exchange("panina", HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("instituteConclusion", serialized))),
                HttpStatus.BAD_REQUEST, "OBJECT_VARIABLE_REFUSED", task);
        expectProblem(exchange("panina", HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/instituteConclusion",
                Map.of("value", "{}", "type", "Object")), HttpStatus.BAD_REQUEST, "OBJECT_VARIABLE_REFUSED", task);
        expectProblem(exchange(rest.withBasicAuth("admin", "admin"), HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", "ApplicationSigned", "processVariables", Map.of("x", serialized))),
                HttpStatus.BAD_REQUEST, "OBJECT_VARIABLE_REFUSED", task);
        expectProblem(exchange("panina", HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("instituteDecision", Map.of("value", "x", "type", "NoSuchType")))),
                HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", task);
        expectProblem(completeTask("panina", task, Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Заключение\u0000")), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", task);
        expectProblem(raw("/engine-rest/task/" + task + "/complete", MediaType.APPLICATION_JSON, "{\"variables\": {"),
                HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", task);
        expectProblem(raw("/engine-rest/task/" + task + "/complete", MediaType.TEXT_PLAIN, "APPROVE"),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", task);
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
        assertThat(openTask("panina", project, "Task_InstituteReview")).isEqualTo(task);

        String unknown = "00000000-0000-0000-0000-000000000000";
        expectProblem(completeTask("panina", unknown, APPROVAL), HttpStatus.NOT_FOUND, "TASK_NOT_FOUND", unknown);
    }

    @Test
    @DisplayName("a refused completion carries the rule's code, Russian title and detail, and no task id or Java class")
    void refusalCarriesTheProductsCode() {
        String project = awaitingInstitute();
        String task = openTask("panina", project, "Task_InstituteReview");

        ResponseEntity<Map> unknownDecision = completeTask("panina", task,
                Map.of("instituteDecision", "MAYBE", "instituteConclusion", CONCLUSION));

        expectProblem(unknownDecision, HttpStatus.CONFLICT, "TASK_REFUSED", task);
        assertThat((String) unknownDecision.getBody().get("title")).isEqualTo("Задача не выполнена");
        assertThat((String) unknownDecision.getBody().get("detail")).startsWith("Неизвестное решение «MAYBE»");

        ResponseEntity<Map> byAdmin = completeTask(rest.withBasicAuth("admin", "admin"), task, APPROVAL);
        expectProblem(byAdmin, HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED", task);
    }

    @Test
    @DisplayName("the loser of two reviewers completing one task at once gets 409 with the product's code and no SQL")
    void raceLoserGetsAConflict(CapturedOutput output) throws Exception {
        int logBefore = output.getOut().length();
        for (int trial = 0; trial < 5; trial++) {
            String project = awaitingInstitute();
            String task = openTask("panina", project, "Task_InstituteReview");
            long eventsBefore = totalStoredEvents();

            List<ResponseEntity<Map>> answers = race(2, () -> completeTask("panina", task, APPROVAL));

            assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
            ResponseEntity<Map> loser = answers.stream().filter(answer -> answer.getStatusCode().value() == 409)
                    .findFirst().orElseThrow();
            expectProblem(loser, HttpStatus.CONFLICT, "TASK_ALREADY_COMPLETED", task);
            assertThat(totalStoredEvents()).isEqualTo(eventsBefore + 1);
        }
        assertThat(output.getOut().substring(logBefore)).as("an expected conflict is no error")
                .doesNotContain(" ERROR ", "INSERT INTO");
    }

    private void expectProblem(ResponseEntity<Map> answer, HttpStatus status, String code, String idNotToShow) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).as("%s", answer.getBody()).hasToString("application/problem+json");
        if (code != null) {
            assertThat(answer.getBody()).containsEntry("code", code);
        }
        assertThat(answer.getBody()).containsKeys("title", "detail", "status", "type");
        assertThat(String.valueOf(answer.getBody()))
                .doesNotContain(idNotToShow, "Exception", "INSERT", "domain_event_entry", "ENGINE-", "org.camunda");
    }

    private ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
        return exchange(as(user), method, path, body);
    }

    private static ResponseEntity<Map> exchange(TestRestTemplate client, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }

    /** A user logged in to Tasklist as its login page does: session and CSRF token in cookies, the token as a header. */
    private final class WebappSession {

        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        WebappSession(String user) {
            keep(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
            org.springframework.util.MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
            form.add("username", user);
            form.add("password", "demo");
            ResponseEntity<Map> login = send("/camunda/api/admin/auth/user/default/login/tasklist",
                    MediaType.APPLICATION_FORM_URLENCODED, form);
            assertThat(login.getStatusCode()).as("%s", login.getBody()).isEqualTo(HttpStatus.OK);
            // The login starts a new session, which gets its own CSRF token with the next page.
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookieHeader());
            keep(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(headers), String.class));
        }

        private String cookieHeader() {
            return String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());
        }

        ResponseEntity<Map> post(String path, Object body) {
            return send(path, MediaType.APPLICATION_JSON, body);
        }

        private ResponseEntity<Map> send(String path, MediaType type, Object body) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(type);
            headers.add(HttpHeaders.COOKIE, cookieHeader());
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            return keep(rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class));
        }

        private <T> ResponseEntity<T> keep(ResponseEntity<T> response) {
            List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
            if (set != null) {
                set.forEach(cookie -> {
                    String pair = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
                    cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                });
            }
            return response;
        }
    }

    private ResponseEntity<Map> raw(String path, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return as("panina").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private String awaitingInstitute() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        return projectId;
    }
}
