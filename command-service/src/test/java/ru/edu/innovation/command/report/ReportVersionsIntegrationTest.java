package ru.edu.innovation.command.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.platform.integrity.HashChainVerifier;
import ru.edu.innovation.platform.integrity.ReportContentDigest;


import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** A submitted report is frozen as a version in its event; one submitted before versions were frozen still works. */
class ReportVersionsIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    HashChainVerifier verifier;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Cache projectCache;

    @Test
    @DisplayName("a submission stores version 1, based on the event before it, with the digest of its sections and that event's link")
    void submissionFreezesVersion1() {
        String projectId = runningProject();
        ResponseEntity<Map> report = post("sikora", "/api/projects/" + projectId + "/reports", interimReport2022_2023());
        long sequence = ((Number) report.getBody().get("version")).longValue();

        ReportSubmittedEvent submitted = (ReportSubmittedEvent) eventAt(projectId, sequence).getPayload();

        assertThat(submitted.version()).isEqualTo(1);
        assertThat(submitted.basedOnSequence()).isEqualTo(sequence - 1);
        assertThat(submitted.contentSha256()).isEqualTo(ReportContentDigest.of(interimReport2022_2023().sections(),
                verifier.storedHashAt(projectId, sequence - 1)));
        assertThat(verifier.verify(projectId).intact()).isTrue();
    }

    @Test
    @DisplayName("a submission stored at revision 2 loads, the project replays it, and the resubmission after a return is version 2")
    void revision2SubmissionReplays() throws Exception {
        String projectId = runningProject();
        String base = "/api/projects/" + projectId;
        ResponseEntity<Map> report = post("sikora", base + "/reports", interimReport2022_2023());
        String reportId = (String) report.getBody().get("id");
        long sequence = ((Number) report.getBody().get("version")).longValue();
        JsonNode stored = objectMapper.readTree(jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                byte[].class, projectId, sequence));
        ((ObjectNode) stored).remove(List.of("version", "basedOnSequence", "contentSha256"));
        jdbc.update("""
                UPDATE domain_event_entry SET payload = ?, payload_revision = '2'
                 WHERE aggregate_identifier = ? AND sequence_number = ?""",
                objectMapper.writeValueAsBytes(stored), projectId, sequence);
        projectCache.remove(projectId);

        DomainEventMessage<?> read = eventAt(projectId, sequence);
        ReportSubmittedEvent old = (ReportSubmittedEvent) read.getPayload();
        assertThat(old.version()).isNull();
        assertThat(old.contentSha256()).isNull();
        assertThat(read.serializePayload(eventSerializer, byte[].class).getType().getRevision()).isEqualTo("3");

        expectVersion(post("tikhomirova", base + "/reports/" + reportId + "/signature", null), sequence + 1);
        String reportKey = projectId + "/reports/" + reportId;
        expectCompleted(completeTask("panina", openTask("panina", reportKey, "Task_InstituteReview"), Map.of(
                "instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", "Дополните таблицу мероприятий")));
        ResponseEntity<Map> resubmission = post("sikora", base + "/reports/" + reportId + "/resubmission",
                interimReportSections());
        long resubmitted = ((Number) resubmission.getBody().get("version")).longValue();

        ReportResubmittedEvent version2 = (ReportResubmittedEvent) eventAt(projectId, resubmitted).getPayload();
        assertThat(version2.version()).isEqualTo(2);
        assertThat(version2.basedOnSequence()).isEqualTo(resubmitted - 1);
        assertThat(version2.contentSha256()).isEqualTo(ReportContentDigest.of(interimReportSections(),
                verifier.storedHashAt(projectId, resubmitted - 1)));
    }

    private DomainEventMessage<?> eventAt(String projectId, long sequence) {
        return eventStore.readEvents(projectId, sequence).next();
    }

    private static void expectVersion(ResponseEntity<Map> response, long version) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
        assertThat(((Number) response.getBody().get("version")).longValue()).isEqualTo(version);
    }

    /** Seed 004's project with its status assigned and its first stage running. */
    private String runningProject() {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        expectVersion(call(HttpMethod.PUT, "sikora", base, yayaNetworkProject(), "If-Match", "\"0\""), 1);
        expectVersion(post("sikora", base + "/application/submission", REVIEWED_BY_IRO), 3);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"), Map.of(
                "instituteDecision", "APPROVE", "instituteConclusion", "Проект соответствует требованиям")));
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), Map.of(
                "ministryDecision", "APPROVE", "orderNumber", statusOrder2469().orderNumber(),
                "orderDate", statusOrder2469().orderDate().toString(), "validFrom", statusOrder2469().validFrom().toString(),
                "validTo", statusOrder2469().validTo().toString())));
        return projectId;
    }
}
