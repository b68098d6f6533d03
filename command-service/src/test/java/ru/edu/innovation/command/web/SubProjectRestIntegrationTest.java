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
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.seeds.Seed004NetworkProject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** Seed 004's sub-projects through the REST API, and a planned activity stored at revision 2 read back through the store. */
@SuppressWarnings("rawtypes")
class SubProjectRestIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private ObjectMapper objectMapper;

    @Test
    @DisplayName("the lead registers a participant's sub-project and plans in it; an unknown sub-project and a "
            + "school outside the network are refused with their codes")
    void subProjectsThroughTheApi() {
        String projectId = activeYayaProject();
        String base = "/api/projects/" + projectId;
        SubProject myChoice = ishimSubProject();

        String subProjectId = created(post("sikora", base + "/sub-projects", myChoice));
        created(post("sikora", base + "/sub-projects/" + subProjectId + "/activities",
                Seed004NetworkProject.roadmap().get(12)));

        expectProblem(unchangedStore(() -> post("sikora", base + "/sub-projects/no-such-sub-project/activities",
                Seed004NetworkProject.roadmap().get(12))), HttpStatus.CONFLICT, "UNKNOWN_SUB_PROJECT");
        expectProblem(unchangedStore(() -> post("sikora", base + "/sub-projects",
                new SubProject("school-12-mariinsk", "Проект школы другого округа", null, null))),
                HttpStatus.CONFLICT, "NOT_A_NETWORK_PARTICIPANT");
    }

    @Test
    @DisplayName("a participant school runs its own sub-project through the API: registers it, plans, records an "
            + "activity held, amends and cancels; another school may do none of it")
    void participantRunsItsSubProject() {
        String projectId = activeYayaProject();
        String base = "/api/projects/" + projectId;
        SubProject myChoice = ishimSubProject();
        ActivityPlan lessons = new ActivityPlan(null, "Занятия курса «Мой выбор» для 8-9 классов", null,
                LocalDate.of(2024, 5, 31), "МБОУ «Ишимская ООШ»", null, null);

        String subProjectId = created(post("khramtsova", base + "/sub-projects", myChoice));
        String activityId = created(post("khramtsova", base + "/sub-projects/" + subProjectId + "/activities", lessons));
        String activity = base + "/activities/" + activityId;

        created(post("khramtsova", base + "/held-events", new HeldEvent(LocalDate.of(2023, 11, 15),
                "Занятие курса «Мой выбор»", EventLevel.SCHOOL, "очно", null, null, activityId)));
        expectProblem(unchangedStore(() -> post("kartashova", activity + "/amendments",
                new ActivityAmendment(lessons, "Чужая корректировка", LocalDate.of(2024, 3, 1)))),
                HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED");
        assertThat(post("khramtsova", activity + "/amendments",
                new ActivityAmendment(lessons, "Занятия еженедельно", LocalDate.of(2024, 3, 1))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("khramtsova", activity + "/cancellation",
                new ActivityCancellation("Курс перенесён во внеурочную деятельность", LocalDate.of(2024, 4, 1)))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        expectProblem(unchangedStore(() -> post("khramtsova", base + "/activities", lessons)),
                HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED");
        assertThat(storedEventTypes(projectId)).endsWith("SubProjectRegisteredEvent", "ActivityPlannedEvent",
                "HeldEventRecordedEvent", "ActivityAmendedEvent", "ActivityCancelledEvent");
    }

    @Test
    @DisplayName("an activity stored at revision 2 loads through the service's event store as the network's own")
    void revision2ActivityLoads() throws Exception {
        String projectId = activeYayaProject();
        String base = "/api/projects/" + projectId;
        post("sikora", base + "/activities", Seed004NetworkProject.roadmap().get(0));
        long planned = jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, projectId);
        ObjectNode stored = (ObjectNode) objectMapper.readTree(jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                byte[].class, projectId, planned));
        stored.remove("subProjectId");
        jdbc.update("""
                UPDATE domain_event_entry SET payload = ?, payload_revision = '2'
                 WHERE aggregate_identifier = ? AND sequence_number = ?""",
                objectMapper.writeValueAsBytes(stored), projectId, planned);

        // Read from the stored events themselves: a snapshot taken meanwhile would stand in for them.
        List<? extends DomainEventMessage<?>> read = eventStore.readEvents(projectId, planned).asStream().toList();

        ActivityPlannedEvent activity = (ActivityPlannedEvent) read.get(0).getPayload();
        assertThat(activity.plan()).isEqualTo(Seed004NetworkProject.roadmap().get(0));
        assertThat(activity.subProjectId()).isNull();
    }

    /** The id a request that created something answers, after checking it answered 201. */
    private static String created(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    /** Seed 004's sub-project of the Ishim school, «Мой выбор». */
    private static SubProject ishimSubProject() {
        return Seed004NetworkProject.subProjects().stream()
                .filter(subProject -> subProject.organizationId().equals("school-yaya-ishim")).findFirst().orElseThrow();
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
