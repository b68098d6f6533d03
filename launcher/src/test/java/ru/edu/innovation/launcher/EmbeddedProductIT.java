package ru.edu.innovation.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product started the way the README's one command starts it (the launcher's jar, the H2
 * default, the in-process broker), then a short scenario through both services, a stop, and a
 * second start on the same data. Runs after packaging (failsafe), since it needs both jars.
 */
class EmbeddedProductIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAYA = "yaya-network-2023";
    private static final String SUPPORT_SITE = "mariinsk-support-site-2022";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process product;
    private int commandPort;
    private int queryPort;

    @AfterEach
    void stop() throws InterruptedException {
        if (product != null && product.isAlive()) {
            // A signal lets the launcher stop the query-service it started; a forced kill would leave
            // that child running after the build, so it is killed with its children if it hangs.
            product.destroy();
            if (!product.waitFor(90, TimeUnit.SECONDS)) {
                product.descendants().forEach(ProcessHandle::destroyForcibly);
                product.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("one command starts everything with the demo projects; a reviewer's decision reaches the read side; the data survives a restart")
    void embeddedProduct() throws Exception {
        start("--fresh");

        JsonNode registry = get(queryPort, "minobr", "/api/projects?sort=theme");
        assertThat(registry.path("total").asInt()).isEqualTo(3);
        JsonNode yaya = get(queryPort, "auditor", "/api/projects/" + YAYA);
        assertThat(yaya.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(yaya.path("statusOrder").path("orderNumber").asText()).isEqualTo("2469");
        assertThat(yaya.path("currentStage").asInt()).isEqualTo(2);
        assertThat(yaya.path("reports").path("interim-2022-2023").path("step").asText()).isEqualTo("AWAITING_INSTITUTE");
        // IRO Kuzbass reviews the Yaya project, KRIPKiPRO the Mariinsk support site (seed 002), running by
        // its directorate's order with its organizational stage's completion at the department.
        JsonNode pending = get(queryPort, "panina", "/api/reviews/pending?level=INSTITUTE");
        assertThat(pending.path("total").asInt()).isEqualTo(1);
        assertThat(get(queryPort, "krasnoshlykova", "/api/reviews/pending?level=INSTITUTE").path("total").asInt())
                .isEqualTo(1);
        everyReadViewAnswers();

        JsonNode paninasTasks = get(commandPort, "panina", "/engine-rest/task?sortBy=created&sortOrder=asc");
        assertThat(paninasTasks).extracting(task -> task.path("name").asText()).containsExactly(
                "Экспертиза отчёта: МБУ ИМЦ Яйского округа, 2022–2023");
        JsonNode kripkiprosTasks = get(commandPort, "krasnoshlykova", "/engine-rest/task");
        assertThat(kripkiprosTasks).extracting(task -> task.path("name").asText()).containsExactly(
                "Завершение этапа 1: МБОУ «ООШ № 12»");
        assertThat(get(commandPort, "kartashova", "/engine-rest/task")).isEmpty();
        // The municipal site of Mariinsk waits for its education authority, which only it sees.
        assertThat(get(commandPort, "uo-mariinsk-head", "/engine-rest/task")).extracting(task -> task.path("name").asText())
                .containsExactly("Решение управления образования Мариинского округа по заявке: МБОУ «ООШ № 12»");
        assertThat(get(commandPort, "minobr", "/engine-rest/task")).extracting(task -> task.path("name").asText())
                .noneMatch(name -> name.contains("Мариинского округа"));
        // Altai's municipal site went its own route to the Barnaul committee's распоряжение (AltaiDemo).
        JsonNode barnaul = get(queryPort, "komitet-barnaul-head", "/api/projects/" + AltaiDemo.PROJECT);
        assertThat(barnaul.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(barnaul.path("statusOrder").path("orderNumber").asText()).isEqualTo("412-р");
        assertThat(get(queryPort, "expert-altai", "/api/projects").path("items")).extracting(card -> card.path("projectId").asText())
                .as("Altai's institute reads Altai's project and nothing of Kuzbass").containsExactly(AltaiDemo.PROJECT);
        String stageTask = Stream.of(JSON.treeToValue(kripkiprosTasks, JsonNode[].class))
                .filter(task -> task.path("name").asText().startsWith("Завершение этапа 1"))
                .findFirst().orElseThrow().path("id").asText();
        HttpResponse<String> completion = post(commandPort, "krasnoshlykova", "/engine-rest/task/" + stageTask + "/complete",
                """
                {"variables": {"instituteDecision": {"value": "APPROVE"},
                               "instituteConclusion": {"value": "Задачи организационного этапа выполнены"}}}""");
        assertThat(completion.statusCode()).as(completion.body()).isEqualTo(204);
        awaitJson(queryPort, "auditor", "/api/projects/" + SUPPORT_SITE,
                card -> "AWAITING_MINISTRY".equals(card.path("stages").path(0).path("step").asText()));

        long yayaEvents = get(queryPort, "auditor", "/api/projects/" + YAYA + "/history?size=1").path("total").asLong();
        JsonNode feed = get(commandPort, "admin", "/api/admin/feed");
        assertThat(feed.path("head").asLong()).isPositive();
        assertThat(get(commandPort, null, "/asyncapi.json").path("asyncapi").asText()).isEqualTo("3.0.0");

        product.destroy();
        assertThat(product.waitFor(90, TimeUnit.SECONDS)).as("stops cleanly on a signal").isTrue();

        start();
        JsonNode supportSite = get(queryPort, "auditor", "/api/projects/" + SUPPORT_SITE);
        assertThat(supportSite.path("stages").path(0).path("step").asText()).as("the decision survived the restart")
                .isEqualTo("AWAITING_MINISTRY");
        assertThat(get(queryPort, "minobr", "/api/projects").path("total").asInt())
                .as("the demo projects are loaded once").isEqualTo(3);
        assertThat(get(queryPort, "auditor", "/api/projects/" + YAYA + "/history?size=1").path("total").asLong())
                .isEqualTo(yayaEvents);
    }

    /**
     * Every read endpoint of query-service on the embedded H2 database, each with what the demo data
     * put there: the services' own tests run on PostgreSQL only, so a query H2 does not understand
     * shows only here.
     */
    private void everyReadViewAnswers() throws Exception {
        String yaya = "/api/projects/" + YAYA;
        JsonNode plan = get(queryPort, "sikora", yaya + "/plan");
        // Seven planned by the demo's own story, fifteen more of seed 004's roadmap (Seed004Demo), and seed
        // 000's projects presentation (Seed000Demo).
        assertThat(plan.path("planned").asInt()).isEqualTo(23);
        assertThat(plan.path("activities")).extracting(activity -> activity.path("activityId").asText())
                .contains("resource-map", "conference-viii");
        assertThat(plan.path("activities")).filteredOn(activity -> "conference-viii".equals(activity.path("activityId").asText()))
                .extracting(activity -> activity.path("state").asText()).containsExactly("DONE");
        JsonNode atReportEnd = get(queryPort, "sikora", yaya + "/plan?at=2023-08-31");
        assertThat(atReportEnd.path("activities")).filteredOn(activity -> "methodical-day-2023".equals(activity.path("activityId").asText()))
                .extracting(activity -> activity.path("state").asText() + " " + activity.path("sessionsHeld").asInt()
                        + "/" + activity.path("sessionsPlanned").asInt())
                .containsExactly("PARTLY_DONE 1/2");
        assertThat(atReportEnd.path("activities")).filteredOn(activity -> "network-events".equals(activity.path("activityId").asText()))
                .extracting(activity -> activity.path("state").asText()).containsExactly("DONE_WITH_DEVIATION");
        JsonNode interregional = get(queryPort, "sikora", yaya + "/held-events?level=INTERREGIONAL");
        assertThat(interregional.path("events")).extracting(event -> event.path("heldEventId").asText())
                .containsExactly("interregional-rally-held");

        JsonNode indicators = get(queryPort, "panina", yaya + "/indicators");
        assertThat(indicators.path("indicators")).extracting(indicator -> indicator.path("indicatorId").asText())
                .containsExactlyInAnyOrder("oge-physics", "oge-chemistry", "oge-biology", "competency-diagnostics",
                        "planned-result-1", "planned-result-2", "planned-result-3", "planned-result-4",
                        "monitoring-1", "monitoring-2", "monitoring-3", "monitoring-4",
                        "oge-2022-1", "oge-2022-2", "oge-2022-3", "monitoring-method-1", "monitoring-method-2",
                        "monitoring-method-3", "monitoring-method-4", "monitoring-method-5", "monitoring-method-6",
                        "monitoring-method-7", "monitoring-method-8");
        assertThat(indicators.path("indicators")).filteredOn(indicator -> "competency-diagnostics"
                        .equals(indicator.path("indicatorId").asText()))
                .extracting(indicator -> indicator.path("components").path(0).path("baseline").asText())
                .containsExactly("7.75");
        JsonNode participants = get(queryPort, "panina", yaya + "/participants");
        assertThat(participants.path("counts").path(0).path("total").asInt()).isEqualTo(201);
        assertThat(participants.path("team").size()).isEqualTo(4);
        assertThat(get(queryPort, "panina", yaya + "/resources").path("resources").size()).isEqualTo(5);
        JsonNode subProjects = get(queryPort, "panina", yaya + "/sub-projects").path("subProjects");
        assertThat(subProjects).extracting(subProject -> subProject.path("organization").path("id").asText())
                .contains("school-yaya-ishim", "school-yaya-novonikolaevka").hasSize(8);
        assertThat(get(queryPort, "panina", yaya + "/risks").path("risks").path(0).path("monitoring").path(0)
                .path("state").asText()).isEqualTo("OCCURRED");

        JsonNode dissemination = get(queryPort, "panina", yaya + "/dissemination?level=municipal");
        assertThat(dissemination.path("entries")).extracting(entry -> entry.path("disseminationId").asText())
                .containsExactly("miro-seminar", "projects-presentation");
        assertThat(dissemination.path("byLevel")).filteredOn(count -> "INTERREGIONAL".equals(count.path("level").asText()))
                .extracting(count -> count.path("entries").asInt()).containsExactly(1);
        assertThat(get(queryPort, "panina", yaya + "/contests").path("entries"))
                .extracting(entry -> entry.path("entryId").asText()).containsExactly("conference-viii-students");
        assertThat(get(queryPort, "panina", yaya + "/products?task=1").path("products"))
                .extracting(product -> product.path("productId").asText())
                .containsExactly("resource-base", "network-model-product", "oge-students-base");

        JsonNode acts = get(queryPort, "panina", yaya + "/normative-acts");
        assertThat(acts.path("adopted")).isEmpty();
        assertThat(acts.path("drafts")).extracting(act -> act.path("actId").asText()).containsExactly(
                "regulation-network-communities", "order-network-communities", "schedule-network-events-2023-2024");

        JsonNode reports = get(queryPort, "minobr", yaya + "/reports");
        assertThat(reports.path("reports")).extracting(report -> report.path("reportId").asText())
                .containsExactly("interim-2022-2023");
        JsonNode report = get(queryPort, "minobr", yaya + "/reports/interim-2022-2023");
        assertThat(report.path("step").asText()).isEqualTo("AWAITING_INSTITUTE");
        assertThat(report.path("decisions").size()).isPositive();

        JsonNode region = get(queryPort, "minobr", "/api/summary/regional");
        assertThat(region.path("projects").asInt()).isEqualTo(3);
        assertThat(region.path("byLevel")).filteredOn(tally -> "REGIONAL".equals(tally.path("key").asText()))
                .extracting(tally -> tally.path("projects").asInt()).containsExactly(1);
        // The Yaya project and the support site of KRIPKiPRO run; the municipal site waits for its decision.
        assertThat(region.path("byStatus")).filteredOn(tally -> "ACTIVE".equals(tally.path("key").asText()))
                .extracting(tally -> tally.path("projects").asInt()).containsExactly(2);
        assertThat(region.path("reportsDue")).filteredOn(due -> "INSTITUTE".equals(due.path("level").asText()))
                .extracting(due -> due.path("due").asInt()).containsExactly(1);
        assertThat(region.path("disseminationByLevel")).filteredOn(count -> "MUNICIPAL".equals(count.path("level").asText()))
                .extracting(count -> count.path("entries").asInt()).containsExactly(2);
        JsonNode schoolsRegion = get(queryPort, "sikora", "/api/summary/regional");
        assertThat(schoolsRegion.path("organizationId").asText()).isEqualTo("imc-yaya");
        assertThat(schoolsRegion.path("projects").asInt()).isEqualTo(1);

        JsonNode history = get(queryPort, "auditor", yaya + "/history?size=5");
        assertThat(history.path("total").asLong()).isGreaterThan(5);
        assertThat(history.path("events").get(0).path("type").asText()).isEqualTo("ProjectDraftRegisteredEvent");
        assertThat(history.path("events").get(0).path("userId").asText()).isEqualTo("sikora");
        JsonNode state = get(queryPort, "auditor", yaya + "/state?at=" + Instant.now());
        assertThat(state.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(state.path("statusOrder").path("orderNumber").asText()).isEqualTo("2469");
        JsonNode verification = get(queryPort, "auditor", yaya + "/verify");
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("eventsChecked").asLong()).isEqualTo(history.path("total").asLong());
    }

    private void start(String... options) throws Exception {
        commandPort = freePort();
        queryPort = freePort();
        int kafkaPort = freePortWithFreeNext();
        // A log per start: the banner of the previous start must not count for this one.
        Path log = Files.createTempFile("embedded-product-", ".log");
        List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-jar", jar("target", "launcher").toString(),
                "--data-dir=" + dataDir));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("POSTGRES_URL");
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        builder.environment().put("COMMAND_SERVICE_PORT", Integer.toString(commandPort));
        builder.environment().put("QUERY_SERVICE_PORT", Integer.toString(queryPort));
        builder.environment().put("KAFKA_PORT", Integer.toString(kafkaPort));
        builder.environment().put("QUERY_SERVICE_JAR", jar("../query-service/target", "query-service").toAbsolutePath().toString());
        product = builder.start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("the product is up")) {
            assertThat(product.isAlive()).as("the product is running; see %s", log).isTrue();
            assertThat(System.nanoTime()).as("the product started in time; see %s", log).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private void awaitJson(int port, String user, String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.test(get(port, user, path))) {
            assertThat(System.nanoTime()).as("%s reached the expected state", path).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private JsonNode get(int port, String user, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(int port, String user, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        String password = "admin".equals(user) ? "admin" : "demo";
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Path jar(String directory, String module) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + module + " jar in " + directory));
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The broker listens on the port, its controller on the next one: both must be free. */
    private static int freePortWithFreeNext() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two consecutive free ports found");
    }
}
