package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.platform.integrity.ChainVerification;
import ru.edu.innovation.platform.integrity.HashChainVerifier;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

class ProjectLifecycleIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    HashChainVerifier verifier;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    @DisplayName("drives seed 004's project from draft to an accepted interim report, reviewers working in Camunda's task API, and reads its hash-chained history back")
    void lifecycleThroughTheRestApiAndTasklist() throws IOException {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;

        expectVersion(call(HttpMethod.PUT, "sikora", base, yayaNetworkProject(), "If-Match", "\"0\""), 1);
        expectVersion(post("sikora", base + "/application/submission", REVIEWED_BY_IRO,
                "X-Correlation-Id", "application-yaya-2022"), 3);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        String expertTask = openTask("panina", projectId, "Task_InstituteReview");
        expectCompleted(completeTask("panina", expertTask, Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям к региональным инновационным площадкам")));
        // Assigning the status also starts the first stage: two events.
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), Map.of(
                "ministryDecision", "APPROVE", "orderNumber", statusOrder2469().orderNumber(),
                "orderDate", statusOrder2469().orderDate().toString(), "validFrom", statusOrder2469().validFrom().toString(),
                "validTo", statusOrder2469().validTo().toString())));

        ResponseEntity<Map> planned = post("sikora", base + "/activities", conferenceActivity());
        expectVersion(planned, 8);
        String activityId = (String) planned.getBody().get("id");
        expectVersion(post("sikora", base + "/held-events", conferenceHeld(activityId)), 9);

        ResponseEntity<Map> indicator = post("sikora", base + "/indicators", ogeAverageScorePhysics());
        expectVersion(indicator, 10);
        expectVersion(post("sikora", base + "/indicators/" + indicator.getBody().get("id") + "/values",
                new IndicatorValue(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                        new BigDecimal("15.6"), "ОГЭ 2023")), 11);

        ResponseEntity<Map> report = post("sikora", base + "/reports", interimReport2022_2023());
        expectVersion(report, 12);
        String reportId = (String) report.getBody().get("id");
        String reportKey = projectId + "/reports/" + reportId;
        // The leader signs through the API this time: the process's signing task closes by itself.
        expectVersion(post("tikhomirova", base + "/reports/" + reportId + "/signature", null), 13);
        assertThat(tasksVisibleTo("tikhomirova", reportKey, "Task_SignReport")).isEmpty();
        expectCompleted(completeTask("panina", openTask("panina", reportKey, "Task_InstituteReview"), Map.of(
                "instituteDecision", "APPROVE",
                "instituteConclusion", "Заключение научного консультанта: целевые показатели промежуточного этапа достигнуты")));
        expectCompleted(completeTask("minobr", openTask("minobr", reportKey, "Task_MinistryReview"),
                Map.of("ministryDecision", "APPROVE", "ministryConclusion", "Отчёт принят")));

        expectVersion(post("sikora", base + "/stages/1/completion-request",
                new StageCompletionRequest("Подготовительный этап выполнен: карта ресурсов и модель сети готовы")), 16);
        String stageKey = projectId + "/stages/1";
        expectCompleted(completeTask("panina", openTask("panina", stageKey, "Task_InstituteReview"),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", "Этап выполнен в полном объёме")));
        // The ministry's approval completes stage 1 and starts stage 2: three events.
        expectCompleted(completeTask("minobr", openTask("minobr", stageKey, "Task_MinistryReview"),
                Map.of("ministryDecision", "APPROVE", "ministryConclusion", "Этап утверждён")));

        assertThat(storedEventTypes(projectId)).containsExactly(
                "ProjectDraftRegisteredEvent", "ProjectDraftUpdatedEvent", "ApplicationSubmittedEvent",
                "ReviewingInstituteAssignedEvent", "ApplicationSignedEvent", "ExpertDecisionRecordedEvent", "StatusAssignedEvent", "StageStartedEvent",
                "ActivityPlannedEvent", "HeldEventRecordedEvent", "IndicatorDefinedEvent", "IndicatorValueRecordedEvent",
                "ReportSubmittedEvent", "ReportSignedEvent", "ReportReviewedEvent", "ReportReviewedEvent",
                "StageCompletionRequestedEvent", "StageCompletionReviewedEvent", "StageCompletionReviewedEvent",
                "StageCompletedEvent", "StageStartedEvent");

        List<JsonNode> metaData = storedMetaData(projectId);
        JsonNode expertDecision = metaData.get(5);
        assertThat(expertDecision.path("userId").asText()).isEqualTo("panina");
        assertThat(expertDecision.path("role").asText()).isEqualTo("INSTITUTE");
        assertThat(expertDecision.path("organizationId").asText()).isEqualTo("iro-kuzbass");
        assertThat(expertDecision.path("taskId").asText()).isEqualTo(expertTask);
        assertThat(expertDecision.path("processInstanceId").asText()).isNotBlank();
        // The whole approval chain carries the correlation id of the submission that started it.
        assertThat(expertDecision.path("correlationId").asText()).isEqualTo("application-yaya-2022");
        JsonNode statusAssigned = metaData.get(6);
        JsonNode stageStarted = metaData.get(7);
        assertThat(statusAssigned.path("userId").asText()).isEqualTo("minobr");
        // Both events of one command share its causation and correlation.
        assertThat(stageStarted.path("causationId").asText()).isEqualTo(statusAssigned.path("causationId").asText());
        assertThat(stageStarted.path("correlationId").asText()).isEqualTo(statusAssigned.path("correlationId").asText());
        assertThat(metaData).allSatisfy(meta -> {
            assertThat(meta.path("hash").asText()).matches("[0-9a-f]{64}");
            assertThat(meta.path("causationId").asText()).isNotBlank();
            assertThat(meta.has("expectedVersion")).isFalse();
        });
        assertThat(metaData.get(1).path("userId").asText()).isEqualTo("sikora");
        assertThat(metaData.get(3).path("userId").asText()).isEqualTo("sikora");
        assertThat(metaData.get(3).path("role").asText()).isEqualTo("SCHOOL");
        assertThat(metaData.get(4).path("userId").asText()).isEqualTo("tikhomirova");
        assertThat(metaData.get(13).has("taskId")).as("signed through the API, not a task").isFalse();
        assertThat(metaData.get(14).path("userId").asText()).isEqualTo("panina");

        ChainVerification chain = verifier.verify(projectId);
        assertThat(chain.intact()).isTrue();
        assertThat(chain.eventsChecked()).isEqualTo(21);

        // Snapshots are taken in the background, after the command's commit.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, projectId))
                .as("a snapshot after every 10 events (test threshold)").isPositive());
    }

    @Test
    @DisplayName("the hash chain names the first event whose stored payload was altered")
    void alteredPayloadBreaksTheChain() {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);
        post("tikhomirova", "/api/projects/" + projectId + "/application/signature", null);
        assertThat(verifier.verify(projectId).intact()).isTrue();

        jdbc.update("""
                UPDATE domain_event_entry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'tikhomirova', 'kartashova'), 'UTF8')
                 WHERE aggregate_identifier = ? AND sequence_number = 3""", projectId);

        ChainVerification chain = verifier.verify(projectId);
        assertThat(chain.intact()).isFalse();
        assertThat(chain.firstBrokenSequence()).isEqualTo(3L);
    }

    @Test
    @DisplayName("the hash chain detects a deleted event")
    void deletedEventBreaksTheChain() {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);
        post("tikhomirova", "/api/projects/" + projectId + "/application/signature", null);

        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", projectId);

        ChainVerification chain = verifier.verify(projectId);
        assertThat(chain.intact()).isFalse();
        assertThat(chain.firstBrokenSequence()).isEqualTo(2L);
    }

    private List<JsonNode> storedMetaData(String projectId) throws IOException {
        List<byte[]> rows = jdbc.queryForList("""
                SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                byte[].class, projectId);
        List<JsonNode> parsed = new java.util.ArrayList<>();
        for (byte[] row : rows) {
            parsed.add(objectMapper.readTree(row));
        }
        return parsed;
    }

    @SuppressWarnings("rawtypes")
    private static void expectVersion(ResponseEntity<Map> response, int version) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response.getBody()).isTrue();
        assertThat(((Number) response.getBody().get("version")).longValue()).isEqualTo(version);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"" + version + "\"");
    }
}
