package ru.edu.innovation.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads what: a school its own organization's projects and the network projects it takes part in, the institute and the ministry every
 * project of their region (a municipal body of its territory), auditors every project and its history, the administrator besides rebuilds the views, and
 * nobody anything without logging in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesIntegrationTest extends ReadSideIntegrationTest {

    private String yaya;
    private String mariinsk;

    @BeforeAll
    void twoSchoolsRegisterProjects() {
        SeedJourneys journeys = new SeedJourneys(this);
        yaya = journeys.yayaAtInstitute();
        mariinsk = journeys.mariinskDraft();
        journeys.awaitViewsCaughtUp();
    }

    @Test
    @DisplayName("a school reads its own organization's projects and history, not another school's")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void school() {
        new SeedJourneys(this).awaitViewsCaughtUp();
        assertThat(as("sikora").getForEntity("/api/projects/{id}", Map.class, yaya).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("sikora").getForEntity("/api/projects/{id}/history", Map.class, yaya).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (String path : List.of("/api/projects/{id}", "/api/projects/{id}/history", "/api/projects/{id}/verify")) {
            ResponseEntity<Map> denied = as("sikora").getForEntity(path, Map.class, mariinsk);
            assertThat(denied.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getBody()).as(path).containsEntry("code", "PROJECT_ACCESS_DENIED");
        }
        assertThat(as("kartashova").getForEntity("/api/projects/{id}", Map.class, yaya).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        List<Map> own = (List<Map>) as("sikora").getForObject("/api/projects?size=200", Map.class).get("items");
        assertThat(own).extracting(item -> item.get("projectId")).contains(yaya).doesNotContain(mariinsk);
        assertThat(own).extracting(item -> item.get("leadOrganizationId")).containsOnly("imc-yaya");
        List<Map> theirs = (List<Map>) as("kartashova").getForObject("/api/projects?size=200", Map.class).get("items");
        assertThat(theirs).extracting(item -> item.get("leadOrganizationId")).containsOnly("school-12-mariinsk");
    }

    @Test
    @DisplayName("a school taking part in a network project reads it as its lead does, in the registry too, "
            + "and still no other school's project")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void networkParticipant() {
        new SeedJourneys(this).awaitViewsCaughtUp();
        for (String path : List.of("/api/projects/{id}", "/api/projects/{id}/history", "/api/projects/{id}/verify")) {
            assertThat(as("khramtsova").getForEntity(path, Map.class, yaya).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.OK);
            ResponseEntity<Map> denied = as("khramtsova").getForEntity(path, Map.class, mariinsk);
            assertThat(denied.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getBody()).as(path).containsEntry("code", "PROJECT_ACCESS_DENIED");
        }
        List<Map> registry = (List<Map>) as("khramtsova").getForObject("/api/projects?size=200", Map.class).get("items");
        assertThat(registry).extracting(item -> item.get("projectId")).contains(yaya).doesNotContain(mariinsk);
        assertThat(registry).extracting(item -> item.get("leadOrganizationId")).containsOnly("imc-yaya");
    }

    @Test
    @DisplayName("the audit views (history, state at a moment, hash-chain check): a school reads its own project's, "
            + "another school gets 403, the auditor reads every project's")
    @SuppressWarnings("rawtypes")
    void auditViews() {
        new SeedJourneys(this).awaitViewsCaughtUp();
        String now = Instant.now().toString();
        for (String path : List.of("/api/projects/{id}/history", "/api/projects/{id}/state?at={at}",
                "/api/projects/{id}/verify")) {
            ResponseEntity<Map> own = as("sikora").getForEntity(path, Map.class, yaya, now);
            assertThat(own.getStatusCode()).as("own school: %s", path).isEqualTo(HttpStatus.OK);
            assertThat(own.getBody()).as(path).containsEntry("projectId", yaya);
            assertThat(as("kartashova").getForEntity(path, Map.class, mariinsk, now).getStatusCode())
                    .as("own school: %s", path).isEqualTo(HttpStatus.OK);

            for (String[] other : List.of(new String[] {"kartashova", yaya}, new String[] {"sikora", mariinsk})) {
                ResponseEntity<Map> denied = as(other[0]).getForEntity(path, Map.class, other[1], now);
                assertThat(denied.getStatusCode()).as("%s on %s: %s", other[0], other[1], path)
                        .isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(denied.getBody()).as(path).containsEntry("code", "PROJECT_ACCESS_DENIED")
                        .doesNotContainKey("events").doesNotContainKey("intact");
            }
            for (String projectId : List.of(yaya, mariinsk)) {
                assertThat(as("auditor").getForEntity(path, Map.class, projectId, now).getStatusCode())
                        .as("auditor on %s: %s", projectId, path).isEqualTo(HttpStatus.OK);
            }
        }
    }

    @Test
    @DisplayName("the institute, the ministry and auditors read every project, its history and its hash chain")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void readersOfEverything() {
        new SeedJourneys(this).awaitViewsCaughtUp();
        for (String user : List.of("panina", "minobr", "auditor", "admin")) {
            for (String projectId : List.of(yaya, mariinsk)) {
                for (String path : List.of("/api/projects/{id}", "/api/projects/{id}/history",
                        "/api/projects/{id}/verify")) {
                    assertThat(reader(user).getForEntity(path, Map.class, projectId).getStatusCode())
                            .as("%s %s", user, path).isEqualTo(HttpStatus.OK);
                }
            }
            List<Map> registry = (List<Map>) reader(user).getForObject("/api/projects?size=200", Map.class).get("items");
            assertThat(registry).as(user).extracting(item -> item.get("projectId")).contains(yaya, mariinsk);
        }
    }

    @Test
    @DisplayName("a reviewer of another region (the Altai krai) reads nothing of Kuzbass's projects; a municipal authority only its territory's")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void readersOfAnotherRegion() {
        new SeedJourneys(this).awaitViewsCaughtUp();
        for (String user : List.of("expert-altai", "minobr-altai-spec", "komitet-barnaul-head")) {
            for (String projectId : List.of(yaya, mariinsk)) {
                for (String path : List.of("/api/projects/{id}", "/api/projects/{id}/history", "/api/projects/{id}/plan")) {
                    ResponseEntity<Map> denied = reader(user).getForEntity(path, Map.class, projectId);
                    assertThat(denied.getStatusCode()).as("%s %s", user, path).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(denied.getBody()).containsEntry("code", "PROJECT_ACCESS_DENIED");
                }
            }
            List<Map> registry = (List<Map>) reader(user).getForObject("/api/projects?size=200", Map.class).get("items");
            assertThat(registry).as(user).isEmpty();
            Map queue = reader(user).getForObject("/api/reviews/pending", Map.class);
            assertThat(queue.get("total")).as(user).isEqualTo(0);
            Map summary = reader(user).getForObject("/api/summary/regional", Map.class);
            assertThat(summary.get("projects")).as(user).isEqualTo(0);
        }
        assertThat(((Number) reader("panina").getForObject("/api/reviews/pending", Map.class).get("total")).longValue())
                .as("the Yaya application waits at IRO Kuzbass").isPositive();

        assertThat(reader("uo-mariinsk-head").getForEntity("/api/projects/{id}", Map.class, mariinsk).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(reader("uo-mariinsk-head").getForEntity("/api/projects/{id}", Map.class, yaya).getStatusCode())
                .as("Yaya is another territory").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @DisplayName("only the administrator rebuilds the views; every other role gets 403")
    @SuppressWarnings("rawtypes")
    void administrator() {
        for (String user : List.of("sikora", "kartashova", "panina", "minobr", "auditor")) {
            assertThat(as(user).postForEntity(AdminApi.REBUILD, null, Map.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).getForEntity(AdminApi.REBUILD, Map.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        AdminApi admin = new AdminApi(rest);
        ResponseEntity<Map> started = admin.startRebuild();
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(admin.awaitRebuildFinished()).containsEntry("state", "DONE");
    }

    @Test
    @DisplayName("without logging in nothing is readable: 401 problem details")
    @SuppressWarnings("rawtypes")
    void anonymous() {
        for (String path : List.of("/api/projects", "/api/projects/" + yaya, "/api/projects/" + yaya + "/history",
                AdminApi.REBUILD)) {
            ResponseEntity<Map> response = rest.getForEntity(path, Map.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getBody()).as(path).containsEntry("code", "UNAUTHENTICATED");
        }
        assertThat(rest.postForEntity(AdminApi.REBUILD, null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private TestRestTemplate reader(String user) {
        return "admin".equals(user) ? rest.withBasicAuth("admin", "admin") : as(user);
    }
}
