package ru.edu.innovation.command.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.TIKHOMIROVA;
import static ru.edu.innovation.seeds.SeedProjects.yayaFirstDayDraft;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * Through the REST API: a draft saved on day one and completed later, who signs the application,
 * and a stale version reported before a rule.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class DraftAndSignatureIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    private ObjectMapper objectMapper;

    @Test
    @DisplayName("a draft with only level, theme and lead organization is saved; its submission names every missing field in one 409")
    void firstDayDraftAndIncompleteSubmission() {
        ResponseEntity<Map> registered = post("sikora", "/api/projects", yayaFirstDayDraft());
        assertThat(registered.getStatusCode()).as("%s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String base = "/api/projects/" + registered.getBody().get("projectId");

        ResponseEntity<Map> refused = unchangedStore(() -> post("sikora", base + "/application/submission", REVIEWED_BY_IRO));

        expectProblem(refused, HttpStatus.CONFLICT, "APPLICATION_INCOMPLETE");
        List<Map<String, String>> missing = (List<Map<String, String>>) refused.getBody().get("missing");
        assertThat(missing).extracting(field -> field.get("field"))
                .containsExactly("goal", "tasks", "period", "stages", "leader");
        assertThat(missing).extracting(field -> field.get("name"))
                .allSatisfy(name -> assertThat(name).matches("[А-Яа-яЁё ()]+"));
        assertThat((String) refused.getBody().get("detail")).contains("период реализации проекта", "этапы проекта");

        assertThat(call(HttpMethod.PUT, "sikora", base, yayaNetworkProject()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("sikora", base + "/application/submission", REVIEWED_BY_IRO).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("a coordinator cannot sign the application: 403 NOT_PROJECT_SIGNATORY; the leader can")
    void onlyTheLeaderSigns() {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        post("sikora", base + "/application/submission", REVIEWED_BY_IRO);

        ResponseEntity<Map> refused = unchangedStore(() -> post("kalinchenko", base + "/application/signature", null));

        expectProblem(refused, HttpStatus.FORBIDDEN, "NOT_PROJECT_SIGNATORY");
        assertThat((String) refused.getBody().get("detail")).contains("руководитель проекта");
        assertThat(post(TIKHOMIROVA, base + "/application/signature", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("a leader whose login is a user of another organization is refused at registration: 409")
    void leaderOfAnotherOrganization() {
        ProjectDetails seed = yayaNetworkProject();
        ProjectDetails details = new ProjectDetails(seed.levelAppliedFor(), seed.theme(), seed.goal(), seed.tasks(),
                seed.direction(), seed.period(), seed.stages(), seed.leadOrganization(), seed.participants(),
                new Person("Карташова З.В.", "директор", "kartashova"), seed.coordinators(),
                seed.scientificConsultant(), seed.team(), seed.partners(), seed.risks());

        ResponseEntity<Map> refused = unchangedStore(() -> post("sikora", "/api/projects", details));

        expectProblem(refused, HttpStatus.CONFLICT, "SIGNATORY_NOT_IN_ORGANIZATION");
    }

    @Test
    @DisplayName("the leader who submitted the application cannot sign it: 409 FOUR_EYES")
    void submitterDoesNotSign() {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        post(TIKHOMIROVA, base + "/application/submission", REVIEWED_BY_IRO);

        ResponseEntity<Map> refused = unchangedStore(() -> post(TIKHOMIROVA, base + "/application/signature", null));

        expectProblem(refused, HttpStatus.CONFLICT, "FOUR_EYES");
    }

    @Test
    @DisplayName("in Tasklist a coordinator's signature is refused too: the sign task stays open and nothing is stored")
    void coordinatorCannotSignInTasklist() {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);
        String signTask = openTask("kalinchenko", projectId, "Task_SignApplication");
        long before = totalStoredEvents();

        ResponseEntity<Map> refused = completeTask("kalinchenko", signTask, Map.of("signatureConfirmed", true));

        assertThat(refused.getStatusCode().is4xxClientError()).as("%s", refused.getBody()).isTrue();
        assertThat(totalStoredEvents()).isEqualTo(before);
        assertThat(openTask(TIKHOMIROVA, projectId, "Task_SignApplication")).isEqualTo(signTask);
        expectCompleted(completeTask(TIKHOMIROVA, signTask, Map.of("signatureConfirmed", true)));
        assertThat(storedEventTypes(projectId)).endsWith("ApplicationSignedEvent");
    }

    @Test
    @DisplayName("a stale If-Match on a command that also breaks a rule answers 409 STALE_VERSION, not the rule")
    void staleVersionBeforeTheRule() {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        post("sikora", base + "/application/submission", REVIEWED_BY_IRO);

        ResponseEntity<Map> refused = unchangedStore(() -> call(HttpMethod.PUT, "sikora", base, yayaNetworkProject(),
                "If-Match", "\"0\""));

        expectProblem(refused, HttpStatus.CONFLICT, "STALE_VERSION");
        // The submission stored two events: the application and its reviewing institute.
        ResponseEntity<Map> current = unchangedStore(() -> call(HttpMethod.PUT, "sikora", base, yayaNetworkProject(),
                "If-Match", "\"2\""));
        expectProblem(current, HttpStatus.CONFLICT, "NOT_A_DRAFT");
    }

    @Test
    @DisplayName("a draft stored at revision 1 of the project details loads through the service's event store as revision 2")
    void revision1DraftLoads() throws Exception {
        String projectId = registerYayaProject();
        JsonNode stored = objectMapper.readTree(jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""",
                byte[].class, projectId));
        ObjectNode details = (ObjectNode) stored.path("details");
        details.remove("deputy");
        details.path("coordinators").forEach(person -> ((ObjectNode) person).remove("login"));
        ((ObjectNode) details.path("scientificConsultant")).remove("login");
        ((ObjectNode) details.path("leader")).remove("login");
        jdbc.update("""
                UPDATE domain_event_entry SET payload = ?, payload_revision = '1'
                 WHERE aggregate_identifier = ? AND sequence_number = 0""",
                objectMapper.writeValueAsBytes(stored), projectId);

        DomainEventMessage<?> first = eventStore.readEvents(projectId).next();

        ProjectDraftRegisteredEvent draft = (ProjectDraftRegisteredEvent) first.getPayload();
        assertThat(draft.details().theme()).isEqualTo(yayaNetworkProject().theme());
        assertThat(draft.details().leader().login()).isNull();
        assertThat(draft.details().deputy()).isNull();
        var upcast = first.serializePayload(eventSerializer, byte[].class);
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(objectMapper.readTree(upcast.getData()).path("details").has("deputy")).isTrue();
    }

}
