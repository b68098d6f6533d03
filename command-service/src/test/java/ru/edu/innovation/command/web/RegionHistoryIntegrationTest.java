package ru.edu.innovation.command.web;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
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
import ru.edu.innovation.command.security.IdentityBootstrap;
import ru.edu.innovation.platform.identity.IdentityGroups;
import ru.edu.innovation.seeds.SeedProjects;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's history per region: a reviewer, a decider or a supervisor of one region reads through
 * {@code /engine-rest/history/*} and {@code /engine-rest/task} the chains routed to their body and nothing
 * of another region's; an auditor reads every region's; the definition-wide rights an earlier start gave
 * the role groups are withdrawn when the service starts again.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class RegionHistoryIntegrationTest extends PostgresIntegrationTest {

    private static final Map<String, Object> APPROVAL =
            Map.of("instituteDecision", "APPROVE", "instituteConclusion", "Программа соответствует требованиям");
    private static final Map<String, Object> ORDER = Map.of("ministryDecision", "APPROVE", "orderNumber", "17-р",
            "orderDate", "2023-06-20", "validFrom", "2023-07-01", "validTo", "2024-08-31");
    private static final List<String> KUZBASS_READERS = List.of("panina", "minobr", "head-minobr");
    private static final List<String> ALTAI_READERS = List.of("expert-altai", "minobr-altai-spec");

    @Autowired
    HistoryService historyService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityBootstrap identityBootstrap;

    @Test
    @DisplayName("a reviewer of region A reads the finished chains, tasks and variables of A's projects routed to their body, and nothing of region B's")
    void historyIsReadPerRegion() {
        String kuzbass = decidedKuzbassProject();
        String altai = decidedAltaiProject();
        String openKuzbass = registerYayaProject();
        expectOk(post("sikora", "/api/projects/" + openKuzbass + "/application/submission", REVIEWED_BY_IRO));
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", openKuzbass, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));

        for (String reader : ALTAI_READERS) {
            expectReads(reader, altai);
            expectReadsNothingOf(reader, kuzbass);
            expectReadsNothingOf(reader, openKuzbass);
            assertThat(tasksVisibleTo(reader, openKuzbass, "Task_InstituteReview")).as(reader).isEmpty();
        }
        for (String reader : KUZBASS_READERS) {
            expectReads(reader, kuzbass);
            expectReadsNothingOf(reader, altai);
        }
        expectReads("panina", openKuzbass);
        assertThat(tasksVisibleTo("panina", openKuzbass, "Task_InstituteReview")).hasSize(1);
        expectReads("auditor", kuzbass);
        expectReads("auditor", altai);
    }

    @Test
    @DisplayName("a restart withdraws the role groups' right on every process's history an earlier start gave, and keeps the auditors'")
    void earlierDefinitionWideGrantsAreWithdrawn() throws Exception {
        grantAsBefore("institute", ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
        grantAsBefore("ministry", ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
        grantAsBefore(IdentityGroups.MINISTRY_SUPERVISORS, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        String altai = decidedAltaiProject();
        assertThat(historicInstances("panina", altai)).as("the too-wide grant is in place").isNotEmpty();

        identityBootstrap.run(null);

        for (String group : List.of("institute", "ministry", IdentityGroups.MINISTRY_SUPERVISORS,
                IdentityGroups.INSTITUTE_SUPERVISORS)) {
            Authorization grant = definitionGrant(group);
            assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.READ)).as(group).isTrue();
            assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY)).as(group).isFalse();
            assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).as(group).isFalse();
            assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(Resources.APPLICATION).resourceId("cockpit").count()).as(group).isZero();
        }
        assertThat(definitionGrant("auditor").isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY)).isTrue();
        for (String reader : List.of("panina", "minobr", "head-minobr")) {
            expectReadsNothingOf(reader, altai);
        }
        expectReads("expert-altai", altai);
    }

    private String decidedKuzbassProject() {
        String projectId = registerYayaProject();
        expectOk(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO));
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"), APPROVAL));
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), ORDER));
        return projectId;
    }

    private String decidedAltaiProject() {
        ProjectDetails yaya = SeedProjects.yayaNetworkProject();
        ProjectDetails details = new ProjectDetails(StatusLevel.REGIONAL, yaya.theme(), yaya.goal(), yaya.tasks(),
                yaya.direction(), yaya.period(), yaya.stages(),
                new Organization("school-barnaul", "МБОУ «Средняя общеобразовательная школа» г. Барнаула",
                        "МБОУ СОШ г. Барнаула", "городской округ — город Барнаул", null, null),
                yaya.participants(), new Person("Фролова О. Л.", "директор", "director-barnaul"), null,
                yaya.coordinators(), yaya.scientificConsultant(), yaya.team(), yaya.partners(), yaya.risks());
        ResponseEntity<Map> registered = post("zavuch-barnaul", "/api/projects", details);
        assertThat(registered.getStatusCode()).as("%s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String projectId = (String) registered.getBody().get("projectId");
        expectOk(post("zavuch-barnaul", "/api/projects/" + projectId + "/application/submission",
                Map.of("reviewingInstituteId", "airo-altai")));
        expectCompleted(completeTask("director-barnaul", openTask("director-barnaul", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("expert-altai", openTask("expert-altai", projectId, "Task_InstituteReview"), APPROVAL));
        expectCompleted(completeTask("minobr-altai-spec", openTask("minobr-altai-spec", projectId, "Task_MinistryDecision"), ORDER));
        return projectId;
    }

    /** The reader finds the chain, its tasks and its variables in Camunda's history. */
    private void expectReads(String reader, String projectId) {
        assertThat(historicInstances(reader, projectId)).as("%s reads %s", reader, projectId).isNotEmpty();
        assertThat(list(reader, "/engine-rest/history/task?processInstanceBusinessKey={key}", projectId))
                .as("%s reads the tasks of %s", reader, projectId).isNotEmpty();
        assertThat(variablesOf(reader, processInstanceOf(projectId)))
                .as("%s reads the variables of %s", reader, projectId).isNotEmpty();
    }

    /** The reader finds nothing of the project: no chain, no task, no variable, no open task, by id or unfiltered. */
    private void expectReadsNothingOf(String reader, String projectId) {
        String processInstanceId = processInstanceOf(projectId);
        assertThat(historicInstances(reader, projectId)).as("%s reads %s", reader, projectId).isEmpty();
        assertThat(list(reader, "/engine-rest/history/task?processInstanceBusinessKey={key}", projectId))
                .as("%s reads the tasks of %s", reader, projectId).isEmpty();
        assertThat(list(reader, "/engine-rest/history/task?processInstanceId={id}", processInstanceId)).isEmpty();
        assertThat(variablesOf(reader, processInstanceId)).as("%s reads the variables of %s", reader, projectId).isEmpty();
        assertThat(list(reader, "/engine-rest/history/variable-instance?maxResults={max}", "10000"))
                .extracting(variable -> variable.get("processInstanceId")).doesNotContain(processInstanceId);
        assertThat(list(reader, "/engine-rest/history/process-instance?maxResults={max}", "10000"))
                .extracting(instance -> instance.get("id")).doesNotContain(processInstanceId);
        assertThat(list(reader, "/engine-rest/task?processInstanceBusinessKey={key}", projectId)).isEmpty();
    }

    private List<Map> historicInstances(String reader, String projectId) {
        return list(reader, "/engine-rest/history/process-instance?processInstanceBusinessKey={key}", projectId);
    }

    private List<Map> variablesOf(String reader, String processInstanceId) {
        return list(reader, "/engine-rest/history/variable-instance?processInstanceId={id}", processInstanceId);
    }

    private List<Map> list(String reader, String path, String parameter) {
        ResponseEntity<List> response = as(reader).getForEntity(path, List.class, parameter);
        assertThat(response.getStatusCode()).as("%s %s", reader, path).isEqualTo(HttpStatus.OK);
        return (List<Map>) response.getBody();
    }

    private String processInstanceOf(String projectId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(projectId)
                .list().get(0).getId();
    }

    private void grantAsBefore(String group, org.camunda.bpm.engine.authorization.Permission... permissions) {
        Authorization grant = definitionGrant(group);
        for (var permission : permissions) {
            grant.addPermission(permission);
        }
        authorizationService.saveAuthorization(grant);
        Authorization cockpit = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        cockpit.setGroupId(group);
        cockpit.setResource(Resources.APPLICATION);
        cockpit.setResourceId("cockpit");
        cockpit.addPermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(cockpit);
    }

    private Authorization definitionGrant(String group) {
        return authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").list().stream()
                .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .findFirst().orElseThrow();
    }

    private static void expectOk(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    }
}
