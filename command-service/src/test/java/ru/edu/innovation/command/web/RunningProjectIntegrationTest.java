package ru.edu.innovation.command.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.ComponentValue;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.abdulkhakovaTeacher;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
import static ru.edu.innovation.seeds.SeedProjects.transportRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRiskIn2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkSchools;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipantsMarchToJune2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaResourceBase;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;

/**
 * Through the REST API, what the school records while its project runs: indicators of several
 * components, an indicator stored at revision 1 that still loads and replays, participants,
 * resources, risks and their monitoring.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class RunningProjectIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Test
    @DisplayName("an indicator of components takes a calendar year's values as written")
    void indicatorOfComponents() {
        String base = "/api/projects/" + runningYayaProject();
        ResponseEntity<Map> defined = post("sikora", base + "/indicators", competencyDiagnostics());
        assertThat(defined.getStatusCode()).as("%s", defined.getBody()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> recorded = post("sikora", base + "/indicators/" + defined.getBody().get("id") + "/values",
                Map.of("period", Map.of("from", "2023-01-01", "to", "2023-12-31"), "periodKind", "CALENDAR_YEAR",
                        "components", List.of(Map.of("component", "Предметная", "value", new BigDecimal("8.00")),
                                Map.of("component", "Цифровая", "value", 7))));

        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.OK);
        String stored = new String(jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""",
                byte[].class, defined.getBody().get("projectId"), IndicatorValueRecordedEvent.class.getName()),
                StandardCharsets.UTF_8);
        assertThat(stored).contains("\"value\":8.00").contains("\"value\":7}");
    }

    @Test
    @DisplayName("a value of a component the indicator lacks is refused with 409 UNKNOWN_INDICATOR_COMPONENT")
    void unknownComponent() {
        String base = "/api/projects/" + runningYayaProject();
        ResponseEntity<Map> defined = post("sikora", base + "/indicators", competencyDiagnostics());

        ResponseEntity<Map> refused = unchangedStore(() -> post("sikora",
                base + "/indicators/" + defined.getBody().get("id") + "/values",
                new IndicatorValue(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), null, null,
                        ValuePeriodKind.CALENDAR_YEAR, List.of(new ComponentValue("Управленческая", BigDecimal.ONE)))));

        expectProblem(refused, HttpStatus.CONFLICT, "UNKNOWN_INDICATOR_COMPONENT");
    }

    @Test
    @DisplayName("an indicator and its value stored at revision 1 load as revision 2 and the project replays them")
    void revision1IndicatorLoadsAndReplays() {
        String projectId = runningYayaProject();
        String base = "/api/projects/" + projectId;
        ResponseEntity<Map> defined = post("sikora", base + "/indicators", ogeAverageScorePhysics());
        String values = base + "/indicators/" + defined.getBody().get("id") + "/values";
        IndicatorValue oge2023 = new IndicatorValue(new Period(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 7, 10)),
                new BigDecimal("16.10"), "ОГЭ 2023");
        assertThat(post("sikora", values, oge2023).getStatusCode()).isEqualTo(HttpStatus.OK);
        // As revision 1 stored them: no components, no kind of period.
        jdbc.update("""
                UPDATE domain_event_entry
                   SET payload = convert_to(replace(replace(convert_from(payload, 'UTF8'), ',"components":[]', ''),
                                                    ',"periodKind":"DATES"', ''), 'UTF8'),
                       payload_revision = '1'
                 WHERE aggregate_identifier = ? AND payload_type IN (?, ?)""",
                projectId, IndicatorDefinedEvent.class.getName(), IndicatorValueRecordedEvent.class.getName());
        assertThat(jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_revision = '1' AND payload_type IN (?, ?)""", String.class,
                projectId, IndicatorDefinedEvent.class.getName(), IndicatorValueRecordedEvent.class.getName()))
                .hasSize(2).allSatisfy(json -> assertThat(json).doesNotContain("components", "periodKind"));

        List<? extends DomainEventMessage<?>> read = eventStore.readEvents(projectId).asStream()
                .filter(event -> event.getPayload() instanceof IndicatorValueRecordedEvent).toList();
        IndicatorValue loaded = ((IndicatorValueRecordedEvent) read.get(0).getPayload()).value();
        assertThat(loaded).isEqualTo(oge2023);
        assertThat(loaded.value().toPlainString()).isEqualTo("16.10");
        assertThat(read.get(0).serializePayload(eventSerializer, byte[].class).getType().getRevision()).isEqualTo("2");

        // The replayed indicator still knows its period: a second value for it is refused, another period is taken.
        expectProblem(unchangedStore(() -> post("sikora", values, oge2023)), HttpStatus.CONFLICT,
                "INDICATOR_VALUE_ALREADY_RECORDED");
        assertThat(post("sikora", values, new IndicatorValue(new Period(LocalDate.of(2024, 5, 20),
                LocalDate.of(2024, 7, 10)), new BigDecimal("17.2"), "ОГЭ 2024")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("participants, organizations, team, resources, risks and their monitoring are recorded through the API; bad input answers problems")
    void participantsResourcesRisks() {
        String projectId = runningYayaProject();
        String base = "/api/projects/" + projectId;

        assertThat(post("sikora", base + "/participant-counts", yayaParticipantsMarchToJune2023()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        expectProblem(unchangedStore(() -> post("sikora", base + "/participant-counts",
                yayaParticipantsMarchToJune2023())), HttpStatus.CONFLICT, "PARTICIPANT_COUNTS_ALREADY_RECORDED");
        ResponseEntity<Map> negative = unchangedStore(() -> post("sikora", base + "/participant-counts", Map.of(
                "period", Map.of("from", "2023-09-01", "to", "2023-12-31"),
                "counts", List.of(Map.of("category", "TEACHERS", "count", -1)))));
        expectProblem(negative, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat(post("sikora", base + "/participant-organizations", yayaNetworkSchools()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("sikora", base + "/team", abdulkhakovaTeacher()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("sikora", base + "/resources", yayaResourceBase().get(0)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> risk = post("sikora", base + "/risks", transportRisk());
        assertThat(risk.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("sikora", base + "/risks/" + risk.getBody().get("id") + "/monitoring",
                transportRiskIn2022_2023()).getStatusCode()).isEqualTo(HttpStatus.OK);
        expectProblem(unchangedStore(() -> post("sikora", base + "/risks/no-such-risk/monitoring",
                transportRiskIn2022_2023())), HttpStatus.NOT_FOUND, "NOT_FOUND");
        expectProblem(unchangedStore(() -> post("kartashova", base + "/resources", yayaResourceBase().get(1))),
                HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED");

        assertThat(storedEventTypes(projectId)).endsWith("ParticipantCountsRecordedEvent",
                "OrganizationParticipationRecordedEvent", "TeamMemberRecordedEvent", "ResourceRecordedEvent",
                "RiskRecordedEvent", "RiskMonitoringRecordedEvent");
    }

    /** Seed 004's project with its status assigned through the approval chain: it runs. */
    private String runningYayaProject() {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        assertThat(post("sikora", base + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", "Проект соответствует требованиям")));
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), Map.of(
                "ministryDecision", "APPROVE", "orderNumber", statusOrder2469().orderNumber(),
                "orderDate", statusOrder2469().orderDate().toString(), "validFrom", statusOrder2469().validFrom().toString(),
                "validTo", statusOrder2469().validTo().toString())));
        return projectId;
    }
}
