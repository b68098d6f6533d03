package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** Bad input gets a clear problem-details answer and leaves the store as it was. */
@SuppressWarnings({"rawtypes", "unchecked"})
class BadInputIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    @Test
    @DisplayName("a draft without theme and lead organization is refused with 400 naming both fields")
    void missingFields() {
        Map<String, Object> body = projectJson();
        body.remove("theme");
        body.remove("leadOrganization");

        ResponseEntity<Map> response = unchangedStore(() -> post("sikora", "/api/projects", body));

        expectProblem(response, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        assertThat(errors).extracting(error -> error.get("field")).contains("theme", "leadOrganization");
    }

    @Test
    @DisplayName("a date that is not a date is refused with 400 naming the field")
    void wrongType() {
        Map<String, Object> body = projectJson();
        ((Map<String, Object>) body.get("period")).put("from", "первое января");

        ResponseEntity<Map> response = unchangedStore(() -> post("sikora", "/api/projects", body));

        expectProblem(response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        assertThat((String) response.getBody().get("detail")).startsWith("начало срока реализации проекта (period.from)");
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "period.from"));
    }

    @Test
    @DisplayName("constraint messages are Russian and name the field as a person knows it, whatever Accept-Language says")
    void russianMessages() {
        Map<String, Object> body = projectJson();
        body.remove("theme");
        body.put("leadOrganization", new HashMap<>((Map<String, Object>) body.get("leadOrganization")) {{
            put("fullName", " ");
        }});

        ResponseEntity<Map> response = unchangedStore(() ->
                post("sikora", "/api/projects", body, "Accept-Language", "en-US"));

        expectProblem(response, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", "theme")
                        .containsEntry("label", "тема проекта").containsEntry("message", "нужно заполнить"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", "leadOrganization.fullName")
                        .containsEntry("label", "полное наименование ведущей организации"));
        assertThat((String) response.getBody().get("detail"))
                .contains("тема проекта: нужно заполнить")
                .doesNotContain("must not", "theme:");
    }

    @Test
    @DisplayName("a territory of 256 characters and a NUL in the theme are refused naming the field; nothing is stored")
    void limitsAtTheDoor() {
        Map<String, Object> longTerritory = projectJson();
        longTerritory.put("leadOrganization", new HashMap<>((Map<String, Object>) longTerritory.get("leadOrganization")) {{
            put("territory", "Я".repeat(256));
        }});
        Map<String, Object> nul = projectJson();
        nul.put("theme", "Тема\u0000проекта");

        ResponseEntity<Map> tooLong = unchangedStore(() -> post("sikora", "/api/projects", longTerritory));
        ResponseEntity<Map> withNul = unchangedStore(() -> post("sikora", "/api/projects", nul));

        expectProblem(tooLong, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat((List<Map<String, String>>) tooLong.getBody().get("errors")).singleElement().satisfies(error ->
                assertThat(error).containsEntry("field", "leadOrganization.territory")
                        .containsEntry("label", "территория ведущей организации"));
        expectProblem(withNul, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat((String) withNul.getBody().get("detail")).contains("тема проекта", "U+0000");
    }

    @Test
    @DisplayName("an indicator target of 1E-10000000, an enum's ordinal and a duplicate key are refused with 400")
    void strictJson() {
        String indicator = "{\"name\":\"ОГЭ\",\"unit\":\"балл\",\"baseline\":14.8,\"target\":1E-10000000,"
                + "\"collectionMethod\":\"протоколы\"}";
        String ordinal = "{\"levelAppliedFor\":1}";
        String duplicate = "{\"theme\":\"а\",\"theme\":\"б\"}";
        String projectId = registerYayaProject();

        ResponseEntity<Map> number = unchangedStore(() ->
                post("sikora", "/api/projects/" + projectId + "/indicators", indicator));
        ResponseEntity<Map> enumOrdinal = unchangedStore(() -> post("sikora", "/api/projects", ordinal));
        ResponseEntity<Map> duplicateKey = unchangedStore(() -> post("sikora", "/api/projects", duplicate));

        expectProblem(number, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat((List<Map<String, String>>) number.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "target"));
        expectProblem(enumOrdinal, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        expectProblem(duplicateKey, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        assertThat((String) duplicateKey.getBody().get("detail")).contains("theme");
    }

    @Test
    @DisplayName("Content-Type */* and a form body with %zz answer 4xx problem details, without login too")
    void contentTypes() {
        ResponseEntity<Map> wildcard = unchangedStore(() -> as("sikora").exchange("/api/projects", HttpMethod.POST,
                new HttpEntity<>("{}", headers("*/*")), Map.class));
        ResponseEntity<Map> form = unchangedStore(() -> rest.exchange("/api/projects/x", HttpMethod.PUT,
                new HttpEntity<>("a=%zz", headers("application/x-www-form-urlencoded")), Map.class));

        expectProblem(wildcard, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(form.getStatusCode().is4xxClientError()).as("%s", form).isTrue();
        assertThat(form.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(form.getBody()).containsKey("code");
    }

    @Test
    @DisplayName("admin endpoints check the role before the body (403), and actuator beyond health is the administrators'")
    void administratorsOnly() {
        ResponseEntity<Map> republish = unchangedStore(() ->
                post("sikora", "/api/admin/feed/republish", "{\"fromPosition\": -1"));
        expectProblem(republish, HttpStatus.FORBIDDEN, "FORBIDDEN");

        for (String path : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/info")) {
            // Not the auditor: the wrong-password test locks that login for a while.
            expectProblem(as("head-minobr").getForEntity(path, Map.class), HttpStatus.FORBIDDEN, "FORBIDDEN");
            expectProblem(rest.getForEntity(path, Map.class), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        }
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/metrics", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/health/readiness", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("a method the endpoint does not take and an unknown path answer problem details with a code")
    void springsOwnRefusals() {
        expectProblem(as("sikora").exchange("/api/projects", HttpMethod.DELETE, null, Map.class),
                HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED");
        expectProblem(as("sikora").getForEntity("/api/nothing-here", Map.class), HttpStatus.NOT_FOUND, "NOT_FOUND");
        expectProblem(as("sikora").getForEntity("/error", Map.class), HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    private static HttpHeaders headers(String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        return headers;
    }

    @Test
    @DisplayName("an unknown status level is refused with 400 listing the allowed ones")
    void unknownEnumValue() {
        Map<String, Object> body = projectJson();
        body.put("levelAppliedFor", "GALACTIC");

        ResponseEntity<Map> response = unchangedStore(() -> post("sikora", "/api/projects", body));

        expectProblem(response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        assertThat((String) response.getBody().get("detail")).contains("levelAppliedFor", "REGIONAL");
    }

    @Test
    @DisplayName("stages that run past the project's period are a broken rule: 409")
    void inconsistentPlan() {
        Map<String, Object> body = projectJson();
        ((Map<String, Object>) body.get("period")).put("to", "2023-12-31");

        ResponseEntity<Map> response = unchangedStore(() -> post("sikora", "/api/projects", body));

        expectProblem(response, HttpStatus.CONFLICT, "INVALID_STAGES");
    }

    @Test
    @DisplayName("malformed JSON is refused with 400")
    void malformedJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map> response = unchangedStore(() -> as("sikora")
                .exchange("/api/projects", HttpMethod.POST, new HttpEntity<>("{\"theme\": ", headers), Map.class));

        expectProblem(response, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
    }

    @Test
    @DisplayName("a command on an unknown project answers 404")
    void unknownProject() {
        ResponseEntity<Map> response = unchangedStore(() ->
                post("sikora", "/api/projects/" + UUID.randomUUID() + "/application/submission", REVIEWED_BY_IRO));

        expectProblem(response, HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    }

    @Test
    @DisplayName("an unknown report of a known project answers 404")
    void unknownReport() {
        String projectId = registerYayaProject();

        ResponseEntity<Map> response = unchangedStore(() ->
                post("tikhomirova", "/api/projects/" + projectId + "/reports/" + UUID.randomUUID() + "/signature", null));

        expectProblem(response, HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    @DisplayName("a school cannot act on a project of another organization: 403")
    void foreignOrganization() {
        String projectId = registerYayaProject();

        ResponseEntity<Map> response = unchangedStore(() ->
                post("kartashova", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO));

        expectProblem(response, HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED");
    }

    @Test
    @DisplayName("a school cannot register a project led by another organization: 403")
    void registerForForeignOrganization() {
        ResponseEntity<Map> response = unchangedStore(() -> post("sikora", "/api/projects", supportSiteProgram()));

        expectProblem(response, HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED");
    }

    @Test
    @DisplayName("an institute reviewer cannot sign a school's application: 403")
    void wrongRole() {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);

        ResponseEntity<Map> response = unchangedStore(() -> post("panina",
                "/api/projects/" + projectId + "/application/signature", null));

        expectProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    @DisplayName("no credentials or a wrong password answer 401 with a Basic challenge")
    void unauthenticated() {
        ResponseEntity<Map> anonymous = unchangedStore(() ->
                rest.postForEntity("/api/projects", yayaNetworkProject(), Map.class));
        // Camunda briefly locks a user after a wrong password, so this uses a login no other test needs.
        ResponseEntity<Map> wrongPassword = unchangedStore(() -> rest.withBasicAuth("auditor", "guess")
                .postForEntity("/api/projects", yayaNetworkProject(), Map.class));

        expectProblem(anonymous, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        expectProblem(wrongPassword, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    @DisplayName("a step out of order is a broken rule: 409 with its code")
    void ruleViolation() {
        String projectId = registerYayaProject();

        ResponseEntity<Map> response = unchangedStore(() ->
                post("tikhomirova", "/api/projects/" + projectId + "/application/signature", null));

        expectProblem(response, HttpStatus.CONFLICT, "NOT_AWAITING_DECISION");
    }

    @Test
    @DisplayName("planning before the status is assigned is a broken rule: 409")
    void planningBeforeStatus() {
        String projectId = registerYayaProject();

        ResponseEntity<Map> response = unchangedStore(() ->
                post("sikora", "/api/projects/" + projectId + "/activities", conferenceActivity()));

        expectProblem(response, HttpStatus.CONFLICT, "STATUS_NOT_ASSIGNED");
    }

    @Test
    @DisplayName("a stage number that is not a number answers 400")
    void badPathVariable() {
        String projectId = registerYayaProject();

        ResponseEntity<Map> response = unchangedStore(() -> post("sikora",
                "/api/projects/" + projectId + "/stages/первый/completion-request", Map.of("summary", "готово")));

        expectProblem(response, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    }

    @Test
    @DisplayName("an If-Match that is not a version answers 400")
    void badIfMatch() {
        String projectId = registerYayaProject();

        ResponseEntity<Map> response = unchangedStore(() -> post("sikora",
                "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO, "If-Match", "\"yesterday\""));

        expectProblem(response, HttpStatus.BAD_REQUEST, "INVALID_IF_MATCH");
    }

    @Test
    @DisplayName("a stale If-Match answers 409 and stores nothing")
    void staleVersion() {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);

        ResponseEntity<Map> response = unchangedStore(() -> post("tikhomirova",
                "/api/projects/" + projectId + "/application/signature", null, "If-Match", "\"0\""));

        expectProblem(response, HttpStatus.CONFLICT, "STALE_VERSION");
    }

    private Map<String, Object> projectJson() {
        return new HashMap<>(objectMapper.convertValue(yayaNetworkProject(), Map.class)) {{
            put("period", new HashMap<>((Map<String, Object>) get("period")));
        }};
    }
}
