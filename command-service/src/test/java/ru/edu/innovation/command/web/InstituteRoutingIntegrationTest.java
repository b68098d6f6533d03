package ru.edu.innovation.command.web;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewing institute through the real services: the application names it, its expert alone sees
 * and completes the review in Camunda's REST API, and the ministry can move a waiting review to
 * another institute.
 */
@SuppressWarnings("rawtypes")
class InstituteRoutingIntegrationTest extends PostgresIntegrationTest {

    private static final String CONCLUSION = "Проект соответствует приоритетам региональной образовательной политики";
    private static final Map<String, Object> APPROVAL =
            Map.of("instituteDecision", "APPROVE", "instituteConclusion", CONCLUSION);

    @Autowired
    TaskService taskService;

    @Test
    @DisplayName("a KRIPKiPRO expert neither sees nor completes IRO Kuzbass's review of the application; IRO's expert does")
    void otherInstitutesExpertCannotSeeOrCompleteTheReview() {
        String projectId = signedApplicationReviewedByIro();
        String review = openTask("panina", projectId, "Task_InstituteReview");
        long eventsBefore = totalStoredEvents();

        assertThat(tasksVisibleTo("krasnoshlykova", projectId, "Task_InstituteReview")).isEmpty();
        assertThat(as("krasnoshlykova").getForEntity("/engine-rest/task/" + review, Map.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        ResponseEntity<Map> refused = completeTask("krasnoshlykova", review, APPROVAL);
        assertThat(refused.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
        assertThat(taskService.createTaskQuery().taskId(review).count()).as("the review is still open").isEqualTo(1);

        expectCompleted(completeTask("panina", review, APPROVAL));
        assertThat(storedEventTypes(projectId)).endsWith("ExpertDecisionRecordedEvent");
    }

    @Test
    @DisplayName("the ministry moves a waiting review to KRIPKiPRO: IRO no longer sees it, KRIPKiPRO's expert completes it")
    void ministryMovesTheWaitingReview() {
        String projectId = signedApplicationReviewedByIro();
        String review = openTask("panina", projectId, "Task_InstituteReview");

        ResponseEntity<Map> bySchool = call(HttpMethod.PUT, "sikora", "/api/projects/" + projectId + "/reviewing-institute",
                Map.of("instituteId", "kripkipro"));
        assertThat(bySchool.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> moved = call(HttpMethod.PUT, "minobr", "/api/projects/" + projectId + "/reviewing-institute",
                Map.of("instituteId", "kripkipro"));
        assertThat(moved.getStatusCode()).as("%s", moved.getBody()).isEqualTo(HttpStatus.OK);

        assertThat(tasksVisibleTo("panina", projectId, "Task_InstituteReview")).isEmpty();
        assertThat(completeTask("panina", review, APPROVAL).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(openTask("krasnoshlykova", projectId, "Task_InstituteReview")).isEqualTo(review);
        expectCompleted(completeTask("krasnoshlykova", review, APPROVAL));
        assertThat(storedEventTypes(projectId)).endsWith("ReviewingInstituteAssignedEvent", "ExpertDecisionRecordedEvent");

        ResponseEntity<Map> tooLate = call(HttpMethod.PUT, "minobr", "/api/projects/" + projectId + "/reviewing-institute",
                Map.of("instituteId", "iro-kuzbass"));
        expectRussianProblem(tooLate, HttpStatus.CONFLICT, "INSTITUTE_REVIEW_DECIDED");
    }

    @Test
    @DisplayName("an application naming no institute, an unknown one or an organization that is no institute is refused in Russian and stores nothing")
    void submissionNamesAKnownInstitute() {
        String projectId = registerYayaProject();
        String submission = "/api/projects/" + projectId + "/application/submission";
        long eventsBefore = totalStoredEvents();

        expectRussianProblem(post("sikora", submission, null), HttpStatus.CONFLICT, "REVIEWING_INSTITUTE_REQUIRED");
        ResponseEntity<Map> ministry = post("sikora", submission, Map.of("reviewingInstituteId", "minobr-kuzbass"));
        expectRussianProblem(ministry, HttpStatus.CONFLICT, "UNKNOWN_INSTITUTE");
        assertThat((String) ministry.getBody().get("detail")).contains("не является институтом");
        expectRussianProblem(post("sikora", submission, Map.of("reviewingInstituteId", "no-such-institute")),
                HttpStatus.CONFLICT, "UNKNOWN_INSTITUTE");
        expectRussianProblem(post("sikora", submission, Map.of("reviewingInstituteId", "ИРО")),
                HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat(totalStoredEvents()).isEqualTo(eventsBefore);
    }

    @Test
    @DisplayName("a school reads the institutes it may name: the configured organizations of kind institute in its region")
    void schoolListsTheInstitutes() {
        ResponseEntity<java.util.List> institutes = as("sikora").getForEntity("/api/institutes", java.util.List.class);

        assertThat(institutes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(institutes.getBody()).containsExactly(
                Map.of("id", "iro-kuzbass", "name", "ГОУ ДПО «Институт развития образования Кузбасса»"),
                Map.of("id", "kripkipro", "name", "КРИПКиПРО"));
        assertThat(as("director-barnaul").getForEntity("/api/institutes", java.util.List.class).getBody())
                .as("a school of the Altai krai names an institute of its own region")
                .containsExactly(Map.of("id", "airo-altai",
                        "name", "КАУ ДПО «Алтайский институт развития образования имени Адриана Митрофановича Топорова»"));
    }

    private String signedApplicationReviewedByIro() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        return projectId;
    }

    private static void expectRussianProblem(ResponseEntity<Map> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).containsEntry("code", code);
        assertThat((String) response.getBody().get("title")).matches(".*[а-яА-Я].*");
    }
}
