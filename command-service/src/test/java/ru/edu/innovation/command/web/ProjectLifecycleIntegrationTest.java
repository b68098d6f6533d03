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
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.command.store.ChainVerification;
import ru.edu.innovation.command.store.HashChainVerifier;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.command.SeedProjects.conferenceActivity;
import static ru.edu.innovation.command.SeedProjects.conferenceHeld;
import static ru.edu.innovation.command.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.command.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.command.SeedProjects.statusOrder2469;
import static ru.edu.innovation.command.SeedProjects.yayaNetworkProject;

class ProjectLifecycleIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    HashChainVerifier verifier;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    @DisplayName("drives seed 004's project from draft to an accepted interim report and reads its hash-chained history back")
    void lifecycleThroughTheRestApi() throws IOException {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;

        expectVersion(call(HttpMethod.PUT, "sikora", base, yayaNetworkProject(), "If-Match", "\"0\""), 1);
        expectVersion(post("sikora", base + "/application/submission", null), 2);
        expectVersion(post("tikhomirova", base + "/application/signature", null), 3);
        expectVersion(post("panina", base + "/application/expert-decision",
                new Review(ReviewDecision.APPROVE, "Проект соответствует требованиям к региональным инновационным площадкам"),
                "X-Correlation-Id", "expert-review-2022"), 4);
        // Assigning the status also starts the first stage: two events.
        expectVersion(post("minobr", base + "/status", statusOrder2469()), 6);

        ResponseEntity<Map> planned = post("sikora", base + "/activities", conferenceActivity());
        expectVersion(planned, 7);
        String activityId = (String) planned.getBody().get("id");
        expectVersion(post("sikora", base + "/held-events", conferenceHeld(activityId)), 8);

        ResponseEntity<Map> indicator = post("sikora", base + "/indicators", ogeAverageScorePhysics());
        expectVersion(indicator, 9);
        expectVersion(post("sikora", base + "/indicators/" + indicator.getBody().get("id") + "/values",
                new IndicatorValue(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                        new BigDecimal("15.6"), "ОГЭ 2023")), 10);

        ResponseEntity<Map> report = post("sikora", base + "/reports", interimReport2022_2023());
        expectVersion(report, 11);
        String reports = base + "/reports/" + report.getBody().get("id");
        expectVersion(post("tikhomirova", reports + "/signature", null), 12);
        expectVersion(post("panina", reports + "/institute-review", new Review(ReviewDecision.APPROVE,
                "Заключение научного консультанта: целевые показатели промежуточного этапа достигнуты")), 13);
        expectVersion(post("minobr", reports + "/ministry-review",
                new Review(ReviewDecision.APPROVE, "Отчёт принят")), 14);

        expectVersion(post("sikora", base + "/stages/1/completion-request",
                new StageCompletionRequest("Подготовительный этап выполнен: карта ресурсов и модель сети готовы")), 15);
        expectVersion(post("panina", base + "/stages/1/institute-review",
                new Review(ReviewDecision.APPROVE, "Этап выполнен в полном объёме")), 16);
        // The ministry's approval completes stage 1 and starts stage 2: three events.
        expectVersion(post("minobr", base + "/stages/1/ministry-review",
                new Review(ReviewDecision.APPROVE, "Этап утверждён")), 19);

        assertThat(storedEventTypes(projectId)).containsExactly(
                "ProjectDraftRegisteredEvent", "ProjectDraftUpdatedEvent", "ApplicationSubmittedEvent",
                "ApplicationSignedEvent", "ExpertDecisionRecordedEvent", "StatusAssignedEvent", "StageStartedEvent",
                "ActivityPlannedEvent", "HeldEventRecordedEvent", "IndicatorDefinedEvent", "IndicatorValueRecordedEvent",
                "ReportSubmittedEvent", "ReportSignedEvent", "ReportReviewedEvent", "ReportReviewedEvent",
                "StageCompletionRequestedEvent", "StageCompletionReviewedEvent", "StageCompletionReviewedEvent",
                "StageCompletedEvent", "StageStartedEvent");

        List<JsonNode> metaData = storedMetaData(projectId);
        JsonNode expertDecision = metaData.get(4);
        assertThat(expertDecision.path("userId").asText()).isEqualTo("panina");
        assertThat(expertDecision.path("role").asText()).isEqualTo("INSTITUTE");
        assertThat(expertDecision.path("organizationId").asText()).isEqualTo("iro-kuzbass");
        assertThat(expertDecision.path("correlationId").asText()).isEqualTo("expert-review-2022");
        JsonNode statusAssigned = metaData.get(5);
        JsonNode stageStarted = metaData.get(6);
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
        assertThat(metaData.get(3).path("userId").asText()).isEqualTo("tikhomirova");

        ChainVerification chain = verifier.verify(projectId);
        assertThat(chain.intact()).isTrue();
        assertThat(chain.eventsChecked()).isEqualTo(20);

        Long snapshots = jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, projectId);
        assertThat(snapshots).as("a snapshot after every 10 events (test threshold)").isPositive();
    }

    @Test
    @DisplayName("the hash chain names the first event whose stored payload was altered")
    void alteredPayloadBreaksTheChain() {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", null);
        post("tikhomirova", "/api/projects/" + projectId + "/application/signature", null);
        assertThat(verifier.verify(projectId).intact()).isTrue();

        jdbc.update("""
                UPDATE domain_event_entry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'tikhomirova', 'kartashova'), 'UTF8')
                 WHERE aggregate_identifier = ? AND sequence_number = 2""", projectId);

        ChainVerification chain = verifier.verify(projectId);
        assertThat(chain.intact()).isFalse();
        assertThat(chain.firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    @DisplayName("the hash chain detects a deleted event")
    void deletedEventBreaksTheChain() {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", null);
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
