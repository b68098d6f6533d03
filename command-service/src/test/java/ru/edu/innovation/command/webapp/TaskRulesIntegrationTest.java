package ru.edu.innovation.command.webapp;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tasklist lets a reviewer and a school do with a task, through Camunda's REST API as Tasklist
 * calls it: the process's deadlines stand, and reviewers may comment and read a task's history.
 */
class TaskRulesIntegrationTest extends PostgresIntegrationTest {

    @Test
    @DisplayName("the school's revision task has the process's due date, and the school may not move it")
    void schoolCannotMoveItsDeadline() {
        String projectId = returnedYayaApplication("Уточните календарный план");
        String revision = openTask("sikora", projectId, "Task_ReviseApplication");
        String due = (String) task("sikora", revision).get("due");
        assertThat(due).as("due date set by the process").isNotNull();

        ResponseEntity<Map> moved = as("sikora").exchange("/engine-rest/task/" + revision, HttpMethod.PUT,
                json(Map.of("name", "Доработать заявку", "due", "2030-01-01T00:00:00.000+0700")), Map.class);

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task("sikora", revision).get("due")).isEqualTo(due);
        ResponseEntity<Map> claimed = as("sikora").exchange("/engine-rest/task/" + revision + "/claim",
                HttpMethod.POST, json(Map.of("userId", "sikora")), Map.class);
        assertThat(claimed.getStatusCode()).as("claiming is still allowed").isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    @DisplayName("a reviewer comments on a task and reads its history, then decides")
    void reviewerCommentsAndReadsHistory() {
        String projectId = signedYayaApplication();
        String review = openTask("panina", projectId, "Task_InstituteReview");

        ResponseEntity<Map> comment = as("panina").exchange("/engine-rest/task/" + review + "/comment/create",
                HttpMethod.POST, json(Map.of("message", "Запросила у школы согласие управления образования")), Map.class);
        assertThat(comment.getStatusCode()).as("%s", comment.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<List> history = as("panina").getForEntity(
                "/engine-rest/history/user-operation?taskId={id}", List.class, review);
        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<List> comments = as("panina").getForEntity("/engine-rest/task/{id}/comment", List.class, review);
        assertThat(comments.getBody()).hasSize(1);

        expectCompleted(completeTask("panina", review, Map.of("instituteDecision", "APPROVE", "instituteConclusion", "Проект соответствует требованиям")));
        assertThat(storedEventTypes(projectId)).endsWith("ExpertDecisionRecordedEvent");
    }

    private String signedYayaApplication() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        return projectId;
    }

    private String returnedYayaApplication(String remarks) {
        String projectId = signedYayaApplication();
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"),
                Map.of("instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", remarks)));
        return projectId;
    }

    @SuppressWarnings("rawtypes")
    private Map task(String user, String taskId) {
        return as(user).getForEntity("/engine-rest/task/{id}", Map.class, taskId).getBody();
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
