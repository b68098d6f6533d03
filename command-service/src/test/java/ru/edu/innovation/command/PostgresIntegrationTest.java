package ru.edu.innovation.command;

import ru.edu.innovation.seeds.SeedProjects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs command-service against the machine's real PostgreSQL, in a database of its own that is
 * dropped and created anew once per test run. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"innovation.snapshot-threshold=10", "innovation.kafka-feed.enabled=false"})
public abstract class PostgresIntegrationTest {

    static final String SERVER = System.getProperty("test.postgres.server",
            System.getenv().getOrDefault("TEST_POSTGRES_SERVER", "jdbc:postgresql://127.0.0.1:5432/"));
    // TEST_DATABASE_SUFFIX keeps two builds on one machine (two checkouts, two CI runs) apart.
    /** The body of an application's submission: the Yaya project is reviewed by IRO Kuzbass (seed 004). */
    protected static final Map<String, String> REVIEWED_BY_IRO = Map.of("reviewingInstituteId", "iro-kuzbass");
    static final String DATABASE = "innovation_command_it" + System.getenv().getOrDefault("TEST_DATABASE_SUFFIX", "");
    private static boolean created;

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private org.camunda.bpm.engine.ProcessEngine contextEngine;

    /**
     * Camunda's REST API and webapps look the engine up by name in a static registry, where the test
     * context started last (e.g. the outage test's, behind its closed proxy) left its own engine: each
     * test puts back the engine of its context.
     */
    @org.junit.jupiter.api.BeforeEach
    void registerThisContextsEngine() {
        org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(contextEngine);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        recreateDatabaseOnce();
        registry.add("spring.datasource.url", () -> SERVER + DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static synchronized void recreateDatabaseOnce() {
        if (created) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER + " (user postgres, trust auth)", e);
        }
        created = true;
    }

    protected TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    /** POSTs (or PUTs) a JSON body as a demo user, with optional extra headers such as If-Match. */
    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> call(HttpMethod method, String user, String path, Object body, String... headerPairs) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.add(headerPairs[i], headerPairs[i + 1]);
        }
        return as(user).exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }

    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> post(String user, String path, Object body, String... headerPairs) {
        return call(HttpMethod.POST, user, path, body, headerPairs);
    }

    /** Runs a request that must be refused and checks it stored no event. */
    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> unchangedStore(Supplier<ResponseEntity<Map>> request) {
        long before = totalStoredEvents();
        ResponseEntity<Map> response = request.get();
        assertThat(totalStoredEvents()).as("events stored by a refused request").isEqualTo(before);
        return response;
    }

    /** A problem detail with {@code status} and {@code code}, and a detail to read. */
    @SuppressWarnings("rawtypes")
    protected static void expectProblem(ResponseEntity<Map> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).containsEntry("code", code).containsEntry("status", status.value());
        assertThat((String) response.getBody().get("detail")).isNotBlank();
    }

    /** Sends {@code request} from {@code clients} threads at once; their answers. */
    @SuppressWarnings("rawtypes")
    protected static List<ResponseEntity<Map>> race(int clients, Callable<ResponseEntity<Map>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<Map>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ResponseEntity<Map>> answers = new ArrayList<>();
            for (Future<ResponseEntity<Map>> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Registers seed 004's project as its coordinator and returns the new project's id. */
    protected String registerYayaProject() {
        var response = post("sikora", "/api/projects", SeedProjects.yayaNetworkProject());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("projectId");
    }

    /** The one open task of {@code taskKey} in the process with {@code businessKey}, as {@code user} sees it in Camunda's REST API. */
    @SuppressWarnings("rawtypes")
    protected String openTask(String user, String businessKey, String taskKey) {
        List<Map> tasks = tasksVisibleTo(user, businessKey, taskKey);
        assertThat(tasks).as("open %s of %s visible to %s", taskKey, businessKey, user).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List<Map> tasksVisibleTo(String user, String businessKey, String taskKey) {
        ResponseEntity<List> response = as(user).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}", List.class,
                businessKey, taskKey);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map>) response.getBody();
    }

    /** Completes a task through Camunda's REST API as Tasklist does, with the form's values. */
    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> completeTask(String user, String taskId, Map<String, Object> formValues) {
        return completeTask(as(user), taskId, formValues);
    }

    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> completeTask(TestRestTemplate client, String taskId, Map<String, Object> formValues) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        formValues.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
    }

    protected void expectCompleted(ResponseEntity<?> completion) {
        assertThat(completion.getStatusCode()).as("%s", completion.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    protected long totalStoredEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** Simple class names of the project's stored event payloads, in order. */
    protected List<String> storedEventTypes(String projectId) {
        return jdbc.queryForList("""
                        SELECT payload_type FROM domain_event_entry
                         WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, projectId)
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}
