package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancelledEvent;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ManagementAction;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayHeld2023;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDaySeries;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsActivity;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.transportDeviation;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** The plan of a real year through the REST API, and plan events stored at revision 1 read back through the store. */
@SuppressWarnings("rawtypes")
class PlanRestIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private ObjectMapper objectMapper;

    @Test
    @DisplayName("an activity without dates, a correction into a series, a session by month, a deviation citing no act "
            + "and a cancellation; a held event with neither day nor month and an act that is not there are refused")
    void realYearThroughTheApi() throws Exception {
        String projectId = activeYayaProject();
        String base = "/api/projects/" + projectId;

        ResponseEntity<Map> day = accepted(post("sikora", base + "/activities", methodicalDayActivity()));
        assertThat(day.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String dayId = (String) day.getBody().get("id");
        ResponseEntity<Map> events = accepted(post("sikora", base + "/activities", networkEventsActivity()));
        String eventsId = (String) events.getBody().get("id");

        assertThat(accepted(post("sikora", base + "/activities/" + dayId + "/amendments", new ActivityAmendment(
                methodicalDaySeries(), "Корректировка программы", LocalDate.of(2023, 3, 20)))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(accepted(post("sikora", base + "/held-events", methodicalDayHeld2023(dayId))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        accepted(post("sikora", base + "/activities/" + eventsId + "/deviation", transportDeviation()));
        accepted(post("sikora", base + "/activities/" + eventsId + "/cancellation",
                new ActivityCancellation("Сетевые события перенесены в план 2023-2024", LocalDate.of(2023, 8, 30))));
        assertThat(storedEventTypes(projectId)).contains(ActivityAmendedEvent.class.getSimpleName(),
                ActivityCancelledEvent.class.getSimpleName());

        ResponseEntity<Map> undated = unchangedStore(() -> post("sikora", base + "/held-events",
                Map.of("title", "Семинар без даты")));
        expectProblem(undated, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat(undated.getBody().toString()).contains("дата или месяц проведения");
        expectProblem(unchangedStore(() -> post("sikora", base + "/activities/" + dayId + "/deviation",
                        new Deviation("Перенесено", List.of(new ManagementAction("Приказ о переносе", "no-such-act"))))),
                HttpStatus.CONFLICT, "UNKNOWN_NORMATIVE_ACT");
        expectProblem(unchangedStore(() -> post("sikora", base + "/activities/" + eventsId + "/amendments",
                        new ActivityAmendment(networkEventsActivity(), "Ещё раз", LocalDate.of(2023, 8, 31)))),
                HttpStatus.CONFLICT, "ACTIVITY_CANCELLED");
    }

    @Test
    @DisplayName("a held event and a deviation stored at revision 1 load through the service's event store as revision 2")
    void revision1PlanEventsLoad() throws Exception {
        String projectId = activeYayaProject();
        String base = "/api/projects/" + projectId;
        String dayId = (String) accepted(post("sikora", base + "/activities", methodicalDayActivity())).getBody().get("id");
        accepted(post("sikora", base + "/held-events", new ru.edu.innovation.api.plan.HeldEvent(LocalDate.of(2023, 4, 20),
                "Муниципальный методический день", null, "очно", null, null, dayId)));
        accepted(post("sikora", base + "/activities/" + dayId + "/deviation", new Deviation("Перенесён с марта", "Изменён график")));
        long held = jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, projectId) - 1;
        asRevision1(projectId, held, event -> ((ObjectNode) event.get("event")).remove(
                List.of("month", "presenters", "hostOrganization", "direction", "audience")));
        asRevision1(projectId, held + 1, event -> {
            ObjectNode deviation = (ObjectNode) event.get("deviation");
            deviation.remove("managementActions");
            deviation.put("managementAction", "Изменён график");
        });

        // Read from the stored events themselves: a snapshot taken meanwhile would stand in for them.
        List<? extends DomainEventMessage<?>> read = eventStore.readEvents(projectId, held).asStream().toList();

        HeldEventRecordedEvent heldEvent = (HeldEventRecordedEvent) read.get(0).getPayload();
        assertThat(heldEvent.event().presenters()).isEmpty();
        assertThat(heldEvent.event().date()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(((ActivityDeviationRecordedEvent) read.get(1).getPayload()).deviation().managementActions())
                .containsExactly(new ManagementAction("Изменён график", null));
        expectProblem(post("sikora", base + "/activities/" + dayId + "/deviation", new Deviation("Ещё раз", "Нет")),
                HttpStatus.CONFLICT, "DEVIATION_ALREADY_RECORDED");
    }

    private static ResponseEntity<Map> accepted(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response.getBody()).isTrue();
        return response;
    }

    private void asRevision1(String projectId, long sequence, java.util.function.Consumer<ObjectNode> toRevision1)
            throws Exception {
        ObjectNode stored = (ObjectNode) objectMapper.readTree(jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                byte[].class, projectId, sequence));
        toRevision1.accept(stored);
        jdbc.update("""
                UPDATE domain_event_entry SET payload = ?, payload_revision = '1'
                 WHERE aggregate_identifier = ? AND sequence_number = ?""",
                objectMapper.writeValueAsBytes(stored), projectId, sequence);
    }

    private String activeYayaProject() {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        call(org.springframework.http.HttpMethod.PUT, "sikora", base, yayaNetworkProject(), "If-Match", "\"0\"");
        post("sikora", base + "/application/submission", REVIEWED_BY_IRO);
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
