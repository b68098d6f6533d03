package ru.edu.innovation.command.web;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.command.PostgresIntegrationTest;
import ru.edu.innovation.seeds.SeedProjects;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two regions in one deployment, through the real services: a regional site of the Altai krai is reviewed
 * and decided only by Altai's bodies, a municipal site of Mariinsk only by Mariinsk's; nobody else sees or
 * completes their tasks in Camunda's REST API (the queries Tasklist makes); the status is recorded with the
 * act and the body that issued it; a federal site is refused.
 */
@SuppressWarnings("rawtypes")
class RegionRoutingIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    TaskService taskService;

    private static final Map<String, Object> APPROVAL =
            Map.of("instituteDecision", "APPROVE", "instituteConclusion", "Программа соответствует требованиям");
    private static final Map<String, Object> ORDER = Map.of("ministryDecision", "APPROVE", "orderNumber", "17-р",
            "orderDate", "2023-06-20", "validFrom", "2023-07-01", "validTo", "2024-08-31");
    private static final List<String> KUZBASS = List.of("panina", "krasnoshlykova", "minobr", "head-minobr",
            "metodist-mariinsk", "uo-mariinsk-head", "rector-kripkipro");
    private static final List<String> ALTAI = List.of("expert-altai", "minobr-altai-spec", "metodist-barnaul",
            "komitet-barnaul-head");

    @Test
    @DisplayName("an Altai regional site: Altai's institute and ministry alone see and decide it; the order names the Altai ministry")
    void altaiSiteIsSeenOnlyByAltaisBodies() {
        ProjectDetails details = withLead(SeedProjects.yayaNetworkProject(), StatusLevel.REGIONAL,
                new Organization("school-barnaul", "МБОУ «Средняя общеобразовательная школа» г. Барнаула",
                        "МБОУ СОШ г. Барнаула", "городской округ — город Барнаул", null, null),
                new Person("Фролова О. Л.", "директор", "director-barnaul"));
        String projectId = registered("zavuch-barnaul", details);
        expectOk(post("zavuch-barnaul", "/api/projects/" + projectId + "/application/submission",
                Map.of("reviewingInstituteId", "airo-altai")));
        expectCompleted(completeTask("director-barnaul", openTask("director-barnaul", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));

        String review = openTask("expert-altai", projectId, "Task_InstituteReview");
        for (String stranger : KUZBASS) {
            assertThat(tasksVisibleTo(stranger, projectId, "Task_InstituteReview")).as(stranger).isEmpty();
        }
        assertThat(completeTask("panina", review, APPROVAL).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        expectCompleted(completeTask("expert-altai", review, APPROVAL));

        String decision = openTask("minobr-altai-spec", projectId, "Task_MinistryDecision");
        for (String stranger : KUZBASS) {
            assertThat(tasksVisibleTo(stranger, projectId, "Task_MinistryDecision")).as(stranger).isEmpty();
        }
        assertThat(completeTask("minobr", decision, ORDER).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        expectCompleted(completeTask("minobr-altai-spec", decision, ORDER));

        assertThat(statusAssigned(projectId)).contains("\"act\":\"MINISTRY_ORDER\"").contains("\"issuedBy\":\"minobr-altai\"");
    }

    @Test
    @DisplayName("a Mariinsk municipal site: its methodological service reviews and its education authority decides by распоряжение; Altai sees nothing")
    void municipalSiteIsSeenOnlyByItsTerritory() {
        ProjectDetails supportSite = SeedProjects.supportSiteProgram();
        ProjectDetails details = withLead(supportSite, StatusLevel.MUNICIPAL, supportSite.leadOrganization(), supportSite.leader());
        String projectId = registered("abdulkhakova", details);
        expectOk(post("abdulkhakova", "/api/projects/" + projectId + "/application/submission", Map.of()));
        expectCompleted(completeTask("kartashova", openTask("kartashova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));

        String review = openTask("metodist-mariinsk", projectId, "Task_InstituteReview");
        for (String stranger : List.of("panina", "krasnoshlykova", "minobr", "expert-altai", "metodist-barnaul")) {
            assertThat(tasksVisibleTo(stranger, projectId, "Task_InstituteReview")).as(stranger).isEmpty();
        }
        expectCompleted(completeTask("metodist-mariinsk", review, APPROVAL));
        String decision = openTask("uo-mariinsk-head", projectId, "Task_MinistryDecision");
        for (String stranger : ALTAI) {
            assertThat(tasksVisibleTo(stranger, projectId, "Task_MinistryDecision")).as(stranger).isEmpty();
        }
        assertThat(tasksVisibleTo("minobr", projectId, "Task_MinistryDecision")).isEmpty();
        expectCompleted(completeTask("uo-mariinsk-head", decision, ORDER));

        assertThat(statusAssigned(projectId)).contains("\"act\":\"MUNICIPAL_DIRECTIVE\"").contains("\"issuedBy\":\"uo-mariinsk\"");
    }

    @Test
    @DisplayName("a decision task given to a user of another body (Kuzbass's ministry on an Altai site) is refused by the project: 403 NOT_ROUTED_BODY, nothing stored, the task stays open")
    void deciderOfAnotherBodyIsRefusedByTheProject() {
        ProjectDetails details = withLead(SeedProjects.yayaNetworkProject(), StatusLevel.REGIONAL,
                new Organization("school-barnaul", "МБОУ «Средняя общеобразовательная школа» г. Барнаула",
                        "МБОУ СОШ г. Барнаула", "городской округ — город Барнаул", null, null),
                new Person("Фролова О. Л.", "директор", "director-barnaul"));
        String projectId = registered("zavuch-barnaul", details);
        expectOk(post("zavuch-barnaul", "/api/projects/" + projectId + "/application/submission",
                Map.of("reviewingInstituteId", "airo-altai")));
        expectCompleted(completeTask("director-barnaul", openTask("director-barnaul", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("expert-altai", openTask("expert-altai", projectId, "Task_InstituteReview"), APPROVAL));
        String decision = openTask("minobr-altai-spec", projectId, "Task_MinistryDecision");
        // What Tasklist and engine-rest would not allow, an administrator's slip in Camunda Admin does.
        taskService.addCandidateUser(decision, "minobr");
        long before = totalStoredEvents();

        ResponseEntity<Map> refused = completeTask("minobr", decision, ORDER);

        expectProblem(refused, HttpStatus.FORBIDDEN, "NOT_ROUTED_BODY");
        assertThat((String) refused.getBody().get("detail")).contains("minobr-altai").contains("другой организации");
        assertThat(totalStoredEvents()).isEqualTo(before);
        assertThat(openTask("minobr-altai-spec", projectId, "Task_MinistryDecision")).isEqualTo(decision);
        expectCompleted(completeTask("minobr-altai-spec", decision, ORDER));
    }

    @Test
    @DisplayName("a federal site is recorded, not routed: its submission is a 409 in Russian and stores nothing")
    void federalSiteIsRefused() {
        ProjectDetails yaya = SeedProjects.yayaNetworkProject();
        String projectId = registered("sikora", withLead(yaya, StatusLevel.FEDERAL, yaya.leadOrganization(), yaya.leader()));
        long before = totalStoredEvents();

        ResponseEntity<Map> refused = post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);

        expectProblem(refused, HttpStatus.CONFLICT, "FEDERAL_NOT_ROUTED");
        assertThat((String) refused.getBody().get("detail")).contains("федеральной");
        assertThat(totalStoredEvents()).isEqualTo(before);
    }

    private String registered(String user, ProjectDetails details) {
        ResponseEntity<Map> response = post(user, "/api/projects", details);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("projectId");
    }

    private String statusAssigned(String projectId) {
        return jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE '%StatusAssignedEvent'""", String.class, projectId);
    }

    private static void expectOk(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static ProjectDetails withLead(ProjectDetails details, StatusLevel level, Organization lead, Person leader) {
        return new ProjectDetails(level, details.theme(), details.goal(), details.tasks(), details.direction(),
                details.period(), details.stages(), lead, details.participants(), leader, null, details.coordinators(),
                details.scientificConsultant(), details.team(), details.partners(), details.risks());
    }
}
