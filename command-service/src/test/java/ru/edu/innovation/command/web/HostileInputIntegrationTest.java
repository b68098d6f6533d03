package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActAdoption;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.project.ProjectCompletion;
import ru.edu.innovation.seeds.SeedProjects;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.status.StatusExtension;
import ru.edu.innovation.api.status.StatusRevocation;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates a few thousand hostile requests against every command endpoint and every field of its
 * body (sizes, control characters, numbers, dates, wrong types, enum ordinals, duplicate keys,
 * content types, encodings, methods, paths, unknown ids) and sends them to this test's own server.
 * None may answer 5xx; every refusal is a problem detail with a {@code code}; a refused request
 * stores no event.
 */
class HostileInputIntegrationTest extends PostgresIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(HostileInputIntegrationTest.class);
    private static final String RAW = "@@raw@@";
    private static final String DUPLICATE = "@@duplicate@@";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    RuntimeService runtimeService;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Probe(String what, String method, String path, String user, String contentType, byte[] body,
                 Map<String, String> headers) {
        Probe(String what, String method, String path, String user, String contentType, byte[] body) {
            this(what, method, path, user, contentType, body, Map.of());
        }
    }

    record Endpoint(String method, String path, String user, Object body) {
    }

    @Test
    @DisplayName("thousands of generated hostile requests: no 5xx, every refusal a problem with a code, nothing stored")
    void hostileRequests() throws Exception {
        String project = registerYayaProject();
        String draft = registerYayaProject();
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints(project, draft)) {
            if (endpoint.body() != null) {
                JsonNode valid = objectMapper.valueToTree(endpoint.body());
                fieldMutations(valid, mutated -> probes.add(json(endpoint, "field", mutated)));
                probes.addAll(wholeBodies(endpoint, objectMapper.writeValueAsBytes(valid)));
            }
            probes.addAll(otherMethods(endpoint));
            probes.add(new Probe("no login", endpoint.method(), endpoint.path(), null, "application/json", "{}".getBytes()));
        }
        probes.addAll(pathsAndHeaders(project));

        assertThat(probes.size()).isGreaterThan(4000);
        assertNoFailures(probes);
    }

    @Test
    @DisplayName("thousands of generated hostile requests to Camunda's REST API: no 5xx, every refusal a problem with a "
            + "code, nothing stored, the task's own project untouched by anything a reviewer can write")
    void hostileEngineRestRequests() throws Exception {
        String project = signedApplication();
        String task = openTask("panina", project, "Task_InstituteReview");
        String processInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(project)
                .singleResult().getId();
        String other = signedApplication();
        String otherTask = openTask("panina", other, "Task_InstituteReview");
        List<Endpoint> endpoints = engineEndpoints(project, task, processInstance);
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            JsonNode valid = objectMapper.valueToTree(endpoint.body());
            fieldMutations(valid, mutated -> probes.add(json(endpoint, "field", mutated)));
            probes.addAll(wholeBodies(endpoint, objectMapper.writeValueAsBytes(valid)));
            probes.addAll(otherMethods(endpoint));
            probes.add(new Probe("no login", endpoint.method(), endpoint.path(), null, "application/json", "{}".getBytes()));
            probes.add(new Probe("another institute", endpoint.method(), endpoint.path(), "krasnoshlykova",
                    "application/json", objectMapper.writeValueAsBytes(valid)));
        }
        probes.addAll(typedValues(endpoints));
        probes.addAll(engineQueries(project, task));
        // Last, so that the mutations above meet an open task: a valid decision on the other project's task.
        probes.add(json(new Endpoint("POST", "/engine-rest/task/" + otherTask + "/complete", "panina", null), "valid",
                serialize(objectMapper.valueToTree(completion()))));

        assertThat(probes.size()).isGreaterThan(3000);
        assertNoFailures(probes);
        assertThat(storedEventTypes(other)).as("the other project's events").endsWith("ExpertDecisionRecordedEvent");
    }

    /** Sends every probe; none may answer 5xx, a refusal must be a problem with a code and store nothing. */
    private void assertNoFailures(List<Probe> probes) throws Exception {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Long> slowest = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        long stored = totalStoredEvents();
        for (Probe probe : probes) {
            long sent = System.nanoTime();
            HttpResponse<String> answer = send(probe);
            slowest.merge(probe.method() + " " + probe.path().replaceAll("[0-9a-f-]{36}", "ID") + " " + probe.what(),
                    (System.nanoTime() - sent) / 1_000_000, Long::sum);
            byStatus.merge(answer.statusCode(), 1, Integer::sum);
            String contentType = answer.headers().firstValue("Content-Type").orElse("");
            long before = stored;
            stored = totalStoredEvents();
            if (answer.statusCode() >= 500) {
                failures.add(describe(probe, answer));
            } else if (answer.statusCode() >= 400) {
                if (!contentType.startsWith("application/problem+json") || !hasCode(answer.body())) {
                    failures.add("not a problem with a code: " + describe(probe, answer));
                }
                if (stored != before) {
                    failures.add("refused but stored: " + describe(probe, answer));
                }
            }
        }
        log.info("{} hostile requests in {} ms, by status: {}", probes.size(),
                (System.nanoTime() - started) / 1_000_000, byStatus);
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(entry -> log.info("slowest: {} ms {}", entry.getValue(), entry.getKey()));
        assertThat(failures).as("%d of %d requests", failures.size(), probes.size()).isEmpty();
    }

    private String signedApplication() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO)
                .getStatusCode().is2xxSuccessful()).isTrue();
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        return projectId;
    }

    private static Map<String, Object> completion() {
        return Map.of("variables", Map.of(
                "instituteDecision", Map.of("value", "RETURN_FOR_REVISION", "type", "String"),
                "instituteConclusion", Map.of("value", "Уточнить показатели оценки эффективности", "type", "String")));
    }

    /** What a reviewer, a school or an administrator can send to the engine about one review task. */
    private List<Endpoint> engineEndpoints(String project, String task, String processInstance) {
        String t = "/engine-rest/task/" + task;
        return List.of(
                new Endpoint("POST", t + "/complete", "panina", completion()),
                new Endpoint("POST", t + "/submit-form", "panina", completion()),
                new Endpoint("PUT", t + "/variables/instituteConclusion", "panina",
                        Map.of("value", "Промежуточный текст заключения", "type", "String")),
                new Endpoint("POST", t + "/variables", "panina", Map.of("modifications",
                        Map.of("instituteConclusion", Map.of("value", "Промежуточный текст", "type", "String")))),
                new Endpoint("POST", t + "/resolve", "panina", completion()),
                new Endpoint("POST", t + "/localVariables", "panina", Map.of("modifications",
                        Map.of("note", Map.of("value", "Заметка эксперта", "type", "String")))),
                new Endpoint("POST", "/engine-rest/process-instance/" + processInstance + "/variables", "admin",
                        Map.of("modifications", Map.of("organizationId", Map.of("value", "kripkipro", "type", "String")))),
                new Endpoint("POST", t + "/comment/create", "panina", Map.of("message", "Прошу уточнить показатели")),
                new Endpoint("POST", t + "/claim", "panina", Map.of("userId", "panina")),
                new Endpoint("POST", "/engine-rest/task", "panina", Map.of("processInstanceBusinessKey", project,
                        "taskDefinitionKey", "Task_InstituteReview", "sorting",
                        List.of(Map.of("sortBy", "created", "sortOrder", "desc")))),
                new Endpoint("POST", "/engine-rest/message", "admin", Map.of("messageName", "ApplicationResubmitted",
                        "businessKey", project, "processVariables", Map.of("projectId", Map.of("value", "x")))),
                new Endpoint("PUT", "/engine-rest/process-instance/" + processInstance + "/variables/projectId", "admin",
                        Map.of("value", "another-project", "type", "String")));
    }

    /**
     * Every variable an engine endpoint carries, as each of Camunda's value types with values that
     * fit it badly or not at all (serialized Java objects, files, huge and control-character texts).
     */
    private List<Probe> typedValues(List<Endpoint> endpoints) {
        List<String> types = List.of("String", "Integer", "Long", "Short", "Double", "Boolean", "Date", "Json", "Xml",
                "Object", "Bytes", "File", "Null", "string", "Garbage", "");
        List<String> values = List.of("\"APPROVE\"", "\"а\\u0000б\"", "\"" + "x".repeat(30_000) + "\"", "42",
                "99999999999999999999", "-1e309", "true", "null", "{}", "[]", "\"2023-02-30T00:00:00.000+0000\"",
                "\"rO0ABXQAA2FiYw==\"", "\"<x/>\"");
        List<String> valueInfos = List.of("", ",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}",
                ",\"valueInfo\":{\"filename\":\"a.txt\",\"mimetype\":\"text/plain\"}", ",\"valueInfo\":\"x\"");
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            JsonNode valid = objectMapper.valueToTree(endpoint.body());
            List<String> variablePaths = new ArrayList<>();
            valid.fields().forEachRemaining(field -> {
                if (field.getValue().isObject() && List.of("variables", "modifications", "processVariables")
                        .contains(field.getKey())) {
                    field.getValue().fieldNames().forEachRemaining(name -> variablePaths.add(field.getKey() + "." + name));
                }
            });
            if (valid.has("value")) {
                variablePaths.add("");
            }
            for (String path : variablePaths) {
                for (String type : types) {
                    for (String value : values) {
                        String typed = "{\"value\":" + value + (type.isEmpty() ? "" : ",\"type\":\"" + type + "\"")
                                + valueInfos.get(Math.floorMod((type + value).hashCode(), valueInfos.size())) + "}";
                        replaced(valid, path, typed, body -> probes.add(json(endpoint, "typed value " + type, body)));
                    }
                }
            }
        }
        return probes;
    }

    private List<Probe> engineQueries(String project, String task) {
        List<Probe> probes = new ArrayList<>();
        for (String query : new String[]{"processInstanceBusinessKey=" + project, "processInstanceBusinessKey=%00",
                "sortBy=nonsense&sortOrder=desc", "sortBy=created", "sortOrder=sideways", "firstResult=-1",
                "maxResults=99999999999", "maxResults=abc", "dueBefore=yesterday", "dueBefore=2023-13-45T00:00:00.000%2B0000",
                "candidateGroup=%00", "nameLike=" + "x".repeat(5000), "processVariables=a_eq_b", "processVariables=_eq_",
                "processVariables=a_zz_b", "taskVariables=x", "withCandidateGroups=maybe", "active=perhaps",
                "priority=high", "a=%C3%28", "%FF=1"}) {
            for (String path : new String[]{"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/history/task",
                    "/engine-rest/process-instance", "/engine-rest/history/process-instance"}) {
                probes.add(new Probe("query " + query, "GET", path + "?" + query, "panina", null, null));
            }
        }
        for (String id : new String[]{UUID.randomUUID().toString(), "%00", "x".repeat(300), "..", "%2e%2e", "Я", "%25zz",
                "%0d%0aX:1", task + "x"}) {
            for (String path : new String[]{"/engine-rest/task/" + id, "/engine-rest/task/" + id + "/form-variables",
                    "/engine-rest/task/" + id + "/variables", "/engine-rest/task/" + id + "/comment",
                    "/engine-rest/process-instance/" + id, "/engine-rest/process-instance/" + id + "/variables",
                    "/engine-rest/history/process-instance/" + id}) {
                probes.add(new Probe("id", "GET", path, "panina", null, null));
            }
            probes.add(new Probe("id", "POST", "/engine-rest/task/" + id + "/complete", "panina", "application/json",
                    serialize(objectMapper.valueToTree(completion())).getBytes(StandardCharsets.UTF_8)));
            probes.add(new Probe("id", "DELETE", "/engine-rest/process-instance/" + id, "admin", null, null));
        }
        probes.add(new Probe("delete as a reviewer", "DELETE", "/engine-rest/process-instance/" + task, "panina", null, null));
        probes.add(new Probe("binary variable", "POST", "/engine-rest/task/" + task + "/variables/x/data", "panina",
                "multipart/form-data; boundary=x", ("--x\r\nContent-Disposition: form-data; name=\"data\"; filename=\"a\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nabc\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8)));
        return probes;
    }

    private List<Endpoint> endpoints(String project, String draft) {
        String p = "/api/projects/" + project;
        Period period = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31));
        return List.of(
                new Endpoint("POST", "/api/projects", "sikora", SeedProjects.yayaNetworkProject()),
                new Endpoint("PUT", "/api/projects/" + draft, "sikora", SeedProjects.yayaNetworkProject()),
                new Endpoint("POST", p + "/application/submission", "sikora", REVIEWED_BY_IRO),
                new Endpoint("PUT", p + "/reviewing-institute", "minobr", Map.of("instituteId", "kripkipro")),
                new Endpoint("POST", p + "/application/signature", "panina", null),
                new Endpoint("POST", p + "/status/extension", "minobr",
                        new StatusExtension("№ 100", LocalDate.of(2024, 1, 10), LocalDate.of(2025, 12, 31))),
                new Endpoint("POST", p + "/status/revocation", "minobr",
                        new StatusRevocation("№ 101", LocalDate.of(2024, 1, 10), "проект не ведётся")),
                new Endpoint("POST", p + "/completion", "minobr", new ProjectCompletion("проект выполнен")),
                new Endpoint("POST", p + "/indicators", "sikora", SeedProjects.ogeAverageScorePhysics()),
                new Endpoint("POST", p + "/indicators/" + UUID.randomUUID() + "/values", "sikora",
                        new IndicatorValue(period, new BigDecimal("15.2"), "по итогам ОГЭ")),
                new Endpoint("POST", p + "/activities", "sikora", SeedProjects.conferenceActivity()),
                new Endpoint("POST", p + "/activities/" + UUID.randomUUID() + "/deviation", "sikora",
                        new Deviation("перенос сроков", "проведено позже")),
                new Endpoint("POST", p + "/held-events", "sikora", SeedProjects.conferenceHeld(null)),
                new Endpoint("POST", p + "/normative-acts", "sikora", new NormativeAct(NormativeActKind.ORDER, "№ 12",
                        LocalDate.of(2023, 2, 1), "Положение о сетевом взаимодействии", "порядок работы сети")),
                new Endpoint("POST", p + "/normative-acts/" + UUID.randomUUID() + "/adoption", "sikora",
                        new NormativeActAdoption("№ 12", LocalDate.of(2023, 2, 1))),
                new Endpoint("POST", p + "/dissemination", "sikora", SeedProjects.pedagogicalSearchPublication()),
                new Endpoint("POST", p + "/contests", "sikora", SeedProjects.conferenceParticipation()),
                new Endpoint("POST", p + "/products", "sikora", SeedProjects.resourceBaseProduct(null)),
                new Endpoint("POST", p + "/reports", "sikora", SeedProjects.interimReport2022_2023()),
                new Endpoint("POST", p + "/reports/" + UUID.randomUUID() + "/signature", "tikhomirova", null),
                new Endpoint("POST", p + "/reports/" + UUID.randomUUID() + "/resubmission", "sikora",
                        SeedProjects.interimReportSections()),
                new Endpoint("POST", p + "/stages/1/completion-request", "sikora", new StageCompletionRequest("этап выполнен")),
                new Endpoint("POST", "/api/admin/feed/republish", "admin", Map.of("fromPosition", 0)));
    }

    /** Every field of the body replaced by hostile values, one at a time; objects and lists too. */
    private void fieldMutations(JsonNode valid, Consumer<String> sink) {
        walk(valid, valid, "", sink);
    }

    private void walk(JsonNode root, JsonNode node, String path, Consumer<String> sink) {
        if (node.isObject()) {
            for (String raw : List.of("null", "\"x\"", "[]", "42")) {
                replaced(root, path, raw, sink);
            }
            ObjectNode object = (ObjectNode) node;
            if (object.size() > 0) {
                String first = object.fieldNames().next();
                object.set(DUPLICATE, object.get(first));
                sink.accept(serialize(root).replace("\"" + DUPLICATE + "\":", "\"" + first + "\":"));
                object.remove(DUPLICATE);
                object.put("unknownField", "x");
                sink.accept(serialize(root));
                object.remove("unknownField");
            }
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                walk(root, object.get(name), path.isEmpty() ? name : path + "." + name, sink);
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (String raw : List.of("null", "{}", "\"x\"", "[]", "[null]", "[" + ",".repeat(0) + "1]")) {
                replaced(root, path, raw, sink);
            }
            if (!array.isEmpty()) {
                StringBuilder many = new StringBuilder("[");
                String element = serialize(array.get(0));
                for (int i = 0; i < 600; i++) {
                    many.append(i == 0 ? "" : ",").append(element);
                }
                replaced(root, path, many.append(']').toString(), sink);
                walk(root, array.get(0), path + "[0]", sink);
            }
        } else if (node.isNumber()) {
            for (String raw : List.of("1E-10000000", "1E+10000000", "-1e309", "3.14", "99999999999999999999999",
                    "-1", "0", "1234567890123.5", "0.00000001", "\"17.8\"", "true", "null", "[1]", "{}")) {
                replaced(root, path, raw, sink);
            }
        } else if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            for (String raw : List.of("\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-01-01\"", "\"1899-12-31\"",
                    "\"2101-01-01\"", "\"2023-02-30\"", "\"2023-13-01\"", "\"20230101\"", "20230101", "[2023,1,1]",
                    "\"2023-1-1\"", "\"\"", "null", "\"2023-01-01T00:00:00\"", "\"2023-01-01\\u0000\"")) {
                replaced(root, path, raw, sink);
            }
        } else if (node.isTextual() && node.asText().matches("[A-Z_]+")) {
            for (String raw : List.of("0", "1", "\"1\"", "\"" + node.asText().toLowerCase() + "\"", "\"GALACTIC\"",
                    "\"\"", "null", "\"" + node.asText() + "\\u0000\"", "true", "{}")) {
                replaced(root, path, raw, sink);
            }
        } else if (node.isTextual()) {
            for (String raw : List.of("\"" + "Я".repeat(1_001) + "\"", "\"" + "x".repeat(100_001) + "\"",
                    "\"а\\u0000б\"", "\"\\u0001\"", "\"\\u007f\"", "\"\\u0085\"", "\"\\ud800\"", "\"\\udc00x\"",
                    "\"\\uffff\"", "\"\"", "\"   \"", "42", "3.14", "true", "{}", "[]", "null",
                    "\"\\u202eлевый текст\"", "\"<script>alert(1)</script>\"")) {
                replaced(root, path, raw, sink);
            }
        }
    }

    /** The body with the node at {@code path} replaced by the raw JSON text {@code raw}. */
    private void replaced(JsonNode root, String path, String raw, Consumer<String> sink) {
        if (path.isEmpty()) {
            sink.accept(raw);
            return;
        }
        JsonNode copy = root.deepCopy();
        String parentPath = path.contains(".") || path.endsWith("]")
                ? path.substring(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))) : "";
        JsonNode parent = parentPath.isEmpty() ? copy : at(copy, parentPath);
        if (parent instanceof ObjectNode object) {
            object.put(path.substring(path.lastIndexOf('.') + 1), RAW);
        } else if (parent instanceof ArrayNode array) {
            array.set(0, RAW);
        }
        sink.accept(serialize(copy).replace("\"" + RAW + "\"", raw));
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = node.get(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                node = node.get(0);
            }
        }
        return node;
    }

    private List<Probe> wholeBodies(Endpoint endpoint, byte[] valid) {
        List<Probe> probes = new ArrayList<>();
        for (String contentType : new String[]{"*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
                "application/json; charset=bogus", "application/json; charset=UTF-16", "garbage", "application/*",
                "application/json;;;", "application/json; boundary", "*/json", "application/octet-stream",
                "application/problem+json", "text/json"}) {
            probes.add(new Probe("content type " + contentType, endpoint.method(), endpoint.path(), endpoint.user(),
                    contentType, valid));
        }
        probes.add(new Probe("no content type", endpoint.method(), endpoint.path(), endpoint.user(), null, valid));
        probes.add(new Probe("form %zz", endpoint.method(), endpoint.path(), endpoint.user(),
                "application/x-www-form-urlencoded", "a=%zz&b=%&c=%u0000".getBytes(StandardCharsets.US_ASCII)));
        probes.add(new Probe("form %zz without login", endpoint.method(), endpoint.path(), null,
                "application/x-www-form-urlencoded", "a=%zz".getBytes(StandardCharsets.US_ASCII)));
        probes.add(new Probe("multipart garbage", endpoint.method(), endpoint.path(), endpoint.user(),
                "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data\r\n\r\n%zz\r\n".getBytes()));
        for (String body : new String[]{"", "null", "[]", "42", "\"x\"", "{", "{}", "{\"a\":}", "[".repeat(100_000),
                "{\"a\":".repeat(10_000), new String(valid, StandardCharsets.UTF_8) + " trailing",
                new String(valid, StandardCharsets.UTF_8) + "{}", "NaN", "{/* comment */}", "{'a':1}",
                "{\"a\":1,\"a\":2}", "\uFEFF" + new String(valid, StandardCharsets.UTF_8)}) {
            probes.add(new Probe("body " + body.length(), endpoint.method(), endpoint.path(), endpoint.user(),
                    "application/json", body.getBytes(StandardCharsets.UTF_8)));
        }
        probes.add(new Probe("2 MB body", endpoint.method(), endpoint.path(), endpoint.user(), "application/json",
                ("{\"theme\":\"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        for (byte[] bad : new byte[][]{{(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}}) {
            probes.add(new Probe("bad UTF-8", endpoint.method(), endpoint.path(), endpoint.user(), "application/json",
                    withBytesInFirstString(valid, bad)));
        }
        probes.add(new Probe("UTF-16 body", endpoint.method(), endpoint.path(), endpoint.user(),
                "application/json; charset=UTF-8", new String(valid, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)));
        probes.add(new Probe("bad If-Match", endpoint.method(), endpoint.path(), endpoint.user(), "application/json", valid,
                Map.of("If-Match", "\"99999999999999999999\"")));
        probes.add(new Probe("bad If-Match", endpoint.method(), endpoint.path(), endpoint.user(), "application/json", valid,
                Map.of("If-Match", "W/\"-1\", *")));
        return probes;
    }

    private static byte[] withBytesInFirstString(byte[] valid, byte[] bad) {
        String text = new String(valid, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"") + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = text.substring(0, quote).getBytes(StandardCharsets.UTF_8);
        out.write(head, 0, head.length);
        out.write(bad, 0, bad.length);
        byte[] tail = text.substring(quote).getBytes(StandardCharsets.UTF_8);
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    private List<Probe> otherMethods(Endpoint endpoint) {
        List<Probe> probes = new ArrayList<>();
        for (String method : new String[]{"GET", "DELETE", "PATCH", "PUT", "POST", "OPTIONS"}) {
            if (!method.equals(endpoint.method())) {
                probes.add(new Probe("method " + method, method, endpoint.path(), endpoint.user(), "application/json",
                        "{}".getBytes()));
            }
        }
        probes.add(new Probe("no body", endpoint.method(), endpoint.path(), endpoint.user(), "application/json", null));
        probes.add(new Probe("non-admin", endpoint.method(), endpoint.path(), "panina", "application/json",
                "{\"x\":".getBytes()));
        return probes;
    }

    private List<Probe> pathsAndHeaders(String project) {
        List<Probe> probes = new ArrayList<>();
        for (String id : new String[]{UUID.randomUUID().toString(), "%00", "a%00b", "x".repeat(300), "%C3%28", "%FF",
                "..", "%2e%2e", "%20", "Я", "%E2%80%AE", "%27%20OR%201=1%20--", "%0d%0aX-Injected:%201", "%25zz"}) {
            String base = "/api/projects/" + id;
            probes.add(new Probe("project id", "POST", base + "/application/submission", "sikora", "application/json", null));
            probes.add(new Probe("project id", "PUT", base, "sikora", "application/json",
                    serialize(objectMapper.valueToTree(SeedProjects.yayaNetworkProject())).getBytes(StandardCharsets.UTF_8)));
            probes.add(new Probe("report id", "POST", "/api/projects/" + project + "/reports/" + id + "/signature",
                    "tikhomirova", "application/json", null));
            probes.add(new Probe("activity id", "POST", "/api/projects/" + project + "/activities/" + id + "/deviation",
                    "sikora", "application/json", "{\"reason\":\"a\",\"managementAction\":\"b\"}".getBytes()));
        }
        for (String stage : new String[]{"abc", "99999999999", "-1", "1.5", "0", "%00", "1e3", "NaN", "x".repeat(300)}) {
            probes.add(new Probe("stage number", "POST", "/api/projects/" + project + "/stages/" + stage + "/completion-request",
                    "sikora", "application/json", "{\"summary\":\"готово\"}".getBytes(StandardCharsets.UTF_8)));
        }
        for (String query : new String[]{"?a=%00", "?a%00=1", "?%00", "?" + "a".repeat(1000) + "=1", "?a=" + "x".repeat(1000),
                "?a=%C3%28", "?=&=&&"}) {
            probes.add(new Probe("query", "POST", "/api/projects/" + project + "/application/submission" + query, "sikora",
                    "application/json", null));
        }
        for (String path : new String[]{"/api/nothing", "/api", "/api/projects/", "/error", "/actuator/metrics",
                "/actuator/env", "/actuator/prometheus", "/actuator/info", "/api/admin/feed"}) {
            probes.add(new Probe("path " + path, "GET", path, "sikora", null, null));
            probes.add(new Probe("path " + path + " without login", "GET", path, null, null, null));
        }
        probes.add(new Probe("non-admin body to admin", "POST", "/api/admin/feed/republish", "sikora", "application/json",
                "{\"fromPosition\": -1}".getBytes()));
        for (String accept : new String[]{"application/xml", "text/html", "image/png", "*/*;q=x", "garbage"}) {
            probes.add(new Probe("accept " + accept, "POST", "/api/projects/" + project + "/application/submission",
                    "sikora", "application/json", null, Map.of("Accept", accept)));
        }
        return probes;
    }

    private Probe json(Endpoint endpoint, String what, String body) {
        return new Probe(what, endpoint.method(), endpoint.path(), endpoint.user(), "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(Probe probe) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                .timeout(Duration.ofSeconds(20))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        if (probe.user() != null) {
            String password = probe.user().equals("admin") ? "admin" : "demo";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((probe.user() + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        probe.headers().forEach(request::header);
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

    private String serialize(JsonNode node) {
        try {
            return objectMapper.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Probe probe, HttpResponse<String> answer) {
        String body = probe.body() == null ? "" : new String(probe.body(), StandardCharsets.UTF_8);
        return answer.statusCode() + " " + probe.method() + " " + probe.path() + " [" + probe.what() + ", "
                + probe.contentType() + "] " + (body.length() > 200 ? body.substring(0, 200) + "…" : body)
                + " -> " + answer.headers().firstValue("Content-Type").orElse("") + " "
                + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body());
    }
}
