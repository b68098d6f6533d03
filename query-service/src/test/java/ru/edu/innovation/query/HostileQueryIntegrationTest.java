package ru.edu.innovation.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.innovation.seeds.SeedProjects;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates hostile requests against every read endpoint and parameter (control characters and NUL
 * in filters, oversize values, extreme and malformed numbers, pages and moments, unknown and odd
 * ids, methods, missing logins and roles) and sends them to this test's own server. None may
 * answer 5xx; every refusal is a problem detail with a {@code code}; nothing is stored.
 */
class HostileQueryIntegrationTest extends ReadSideIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(HostileQueryIntegrationTest.class);

    private static final List<String> VALUES = List.of("%00", "a%00b", "%01", "%7F", "%C2%85", "%ED%A0%80", "%FF",
            "%EF%BF%BF", "x".repeat(600), "%D0%AF".repeat(400), "-1", "0", "2147483648", "-2147483649",
            "99999999999999999999", "1.5", "1e3", "NaN", "", "%20", "GALACTIC", "regional", "1", "%27%20OR%201=1--", "%25",
            "%5C", "_", "%25%25", "[]", "%7B%7D", "true", "%D0%AF", "-updatedAt", "--theme", "-", "theme%00");
    private static final List<String> MOMENTS = List.of("%2B999999999-12-31T00:00Z", "-999999999-01-01T00:00Z",
            "0000-01-01", "9999-12-31", "%2B10000-01-01", "2023-02-30", "2023-06-01T25:00", "2023-06-01T10:00:00%2B99:00",
            "2023-06-01T10:00:00%2B18:00", "-0001-01-01", "1970-01-01T00:00Z", "2023-06-01T10:00:00.1234567891Z", "P1D",
            "now", "2023-06-01", "2023-06-01T10:00", "%2B999999999-12-31", "-999999999-01-01T00:00", "1900-01-01T00:00Z",
            "2023-06-01T10:00:00-18:00", "2023-06-01T10:00Z%00");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper objectMapper;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Probe(String method, String path, String user) {
    }

    @Test
    @DisplayName("generated hostile reads: no 5xx, every refusal a problem with a code, nothing stored")
    void hostileRequests() throws Exception {
        String project = (String) command("sikora", "/api/projects", SeedProjects.yayaNetworkProject())
                .getBody().get("projectId");
        String p = "/api/projects/" + project;
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        parameters.put("/api/projects", List.of("level", "status", "territory", "stage", "organization", "q", "sort",
                "page", "size"));
        parameters.put(p, List.of("minVersion"));
        parameters.put(p + "/indicators", List.of("minVersion"));
        parameters.put(p + "/plan", List.of("minVersion"));
        parameters.put(p + "/reports", List.of("minVersion"));
        parameters.put(p + "/reports/" + UUID.randomUUID(), List.of("minVersion"));
        parameters.put("/api/reviews/pending", List.of("level", "item", "page", "size"));
        parameters.put("/api/summary/regional", List.of("unknown"));
        parameters.put(p + "/history", List.of("page", "size"));
        parameters.put(p + "/state", List.of("at"));
        parameters.put(p + "/verify", List.of("unknown"));

        List<Probe> probes = new ArrayList<>();
        parameters.forEach((path, names) -> {
            for (String name : names) {
                List<String> values = name.equals("at") ? concat(MOMENTS, VALUES) : VALUES;
                for (String value : values) {
                    if (name.equals("minVersion") && value.matches("[1-9]\\d{0,18}")) {
                        continue; // a version the view hasn't reached yet is waited for, as read-your-writes promises
                    }
                    for (String user : List.of("sikora", "auditor")) {
                        probes.add(new Probe("GET", path + "?" + name + "=" + value, user));
                    }
                }
                probes.add(new Probe("GET", path + "?" + name + "=1&" + name + "=2", "auditor"));
                probes.add(new Probe("GET", path + "?" + name, "auditor"));
                probes.add(new Probe("GET", path + "?" + name + "%00=1", "auditor"));
            }
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")) {
                probes.add(new Probe(method, path, "auditor"));
            }
            probes.add(new Probe("GET", path, null));
            probes.add(new Probe("GET", path + "?page=0&size=200&page=1", "panina"));
        });
        for (String id : List.of(UUID.randomUUID().toString(), "%00", "a%00b", "x".repeat(300), "%C3%28", "%FF", "%20",
                "%D0%AF", "%E2%80%AE", "%27%20OR%201=1%20--", "%25zz", "..%2F..", "%2e%2e")) {
            for (String view : List.of("", "/indicators", "/plan", "/reports", "/reports/" + id, "/history", "/state?at=2023-06-01",
                    "/verify")) {
                probes.add(new Probe("GET", "/api/projects/" + id + view, "auditor"));
            }
        }
        for (String path : List.of("/api/admin/rebuild", "/actuator/metrics", "/actuator/prometheus", "/actuator/env",
                "/actuator/info", "/actuator/metrics/jvm.memory.used", "/error", "/api/nothing", "/api")) {
            for (String user : List.of("sikora", "auditor", "panina")) {
                probes.add(new Probe("GET", path, user));
                probes.add(new Probe("POST", path, user));
            }
            probes.add(new Probe("GET", path, null));
        }

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long stored = storedEvents();
        long started = System.nanoTime();
        for (Probe probe : probes) {
            HttpResponse<String> answer = send(probe);
            byStatus.merge(answer.statusCode(), 1, Integer::sum);
            String contentType = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() >= 500) {
                failures.add(describe(probe, answer));
            } else if (answer.statusCode() >= 400 && !probe.method().equals("HEAD")
                    && (!contentType.startsWith("application/problem+json") || !hasCode(answer.body()))) {
                failures.add("not a problem with a code: " + describe(probe, answer));
            }
        }
        log.info("{} hostile reads in {} ms, by status: {}", probes.size(), (System.nanoTime() - started) / 1_000_000,
                byStatus);

        assertThat(probes).hasSizeGreaterThan(1500);
        assertThat(failures).as("%d of %d requests", failures.size(), probes.size()).isEmpty();
        assertThat(storedEvents()).as("events stored by reads").isEqualTo(stored);
    }

    @Test
    @DisplayName("a NUL in the registry's filters is refused with 400 before it reaches PostgreSQL")
    void nulInFilters() throws Exception {
        for (String filter : List.of("q", "territory", "organization")) {
            HttpResponse<String> answer = send(new Probe("GET", "/api/projects?" + filter + "=%D0%AF%00", "sikora"));

            assertThat(answer.statusCode()).as(filter).isEqualTo(400);
            assertThat(objectMapper.readTree(answer.body()).path("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(objectMapper.readTree(answer.body()).path("detail").asText()).contains(filter, "U+0000");
        }
    }

    @Test
    @DisplayName("a moment beyond the years the store can hold and a page below 0 are refused in Russian")
    void momentsAndPages() throws Exception {
        String project = (String) command("sikora", "/api/projects", SeedProjects.yayaNetworkProject())
                .getBody().get("projectId");
        eventually(() -> as("auditor").getForEntity("/api/projects/{id}", String.class, project)
                .getStatusCode().is2xxSuccessful());
        HttpResponse<String> farMoment = send(new Probe("GET",
                "/api/projects/" + project + "/state?at=%2B999999999-12-31T00:00Z", "auditor"));
        HttpResponse<String> negativePage = send(new Probe("GET", "/api/projects?page=-1", "sikora"));

        assertThat(farMoment.statusCode()).isEqualTo(400);
        assertThat(objectMapper.readTree(farMoment.body()).path("detail").asText()).contains("между 1900 и 2200");
        assertThat(negativePage.statusCode()).isEqualTo(400);
        assertThat(objectMapper.readTree(negativePage.body()).path("detail").asText())
                .isEqualTo("page: должно быть не меньше 0");
    }

    @Test
    @DisplayName("metrics and the rest of actuator but health are the administrators'; a school may not start a rebuild")
    void administratorsOnly() throws Exception {
        for (String path : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/info")) {
            assertThat(send(new Probe("GET", path, "auditor")).statusCode()).as(path).isEqualTo(403);
            assertThat(send(new Probe("GET", path, null)).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/metrics", String.class)
                .getStatusCode().value()).isEqualTo(200);
        // Ready once the views have read the store as it was at the first look (this may be that look).
        eventually(() -> rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value() == 200);
        HttpResponse<String> rebuild = send(new Probe("POST", "/api/admin/rebuild", "sikora"));
        assertThat(rebuild.statusCode()).isEqualTo(403);
        assertThat(objectMapper.readTree(rebuild.body()).path("code").asText()).isEqualTo("FORBIDDEN");
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private HttpResponse<String> send(Probe probe) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                .timeout(Duration.ofSeconds(20))
                .method(probe.method(), HttpRequest.BodyPublishers.noBody());
        if (probe.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((probe.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private boolean hasCode(String body) {
        try {
            JsonNode problem = objectMapper.readTree(body);
            return problem.hasNonNull("code") && problem.hasNonNull("title") && problem.hasNonNull("status");
        } catch (Exception e) {
            return false;
        }
    }

    private static String describe(Probe probe, HttpResponse<String> answer) {
        String path = probe.path().length() > 200 ? probe.path().substring(0, 200) + "…" : probe.path();
        return answer.statusCode() + " " + probe.method() + " " + path + " [" + probe.user() + "] -> "
                + answer.headers().firstValue("Content-Type").orElse("") + " "
                + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body());
    }
}
