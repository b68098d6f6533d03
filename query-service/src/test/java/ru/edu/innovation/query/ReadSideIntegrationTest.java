package ru.edu.innovation.query;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * query-service against the machine's real PostgreSQL, next to a real command-service on the same
 * database (its own, dropped and created once per test run): projects are driven through the
 * command API and Camunda's task API, and the read API is checked as the events arrive.
 */
// A checkpoint of the card after every third event, so the seed projects' short streams have several.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "innovation.state-at.checkpoint-interval=3")
public abstract class ReadSideIntegrationTest {

    static final String SERVER = System.getProperty("test.postgres.server",
            System.getenv().getOrDefault("TEST_POSTGRES_SERVER", "jdbc:postgresql://127.0.0.1:5432/"));
    // TEST_DATABASE_SUFFIX keeps two builds on one machine (two checkouts, two CI runs) apart.
    static final String DATABASE = "innovation_query_it" + System.getenv().getOrDefault("TEST_DATABASE_SUFFIX", "");
    private static boolean created;
    protected static CommandServiceProcess commandService;

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        recreateDatabaseOnce();
        // command-service first: it owns the event store's tables and the users.
        commandService = CommandServiceProcess.start(SERVER + DATABASE);
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

    /** The read API as a demo user (password {@code demo}). */
    protected TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    /** command-service's API as a demo user. */
    protected TestRestTemplate commandsAs(String user) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(commandService.baseUrl()))
                .withBasicAuth(user, "demo");
    }

    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> command(HttpMethod method, String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> response = commandsAs(user).exchange(path, method, new HttpEntity<>(body, headers), Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, response.getBody()).isTrue();
        return response;
    }

    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> command(String user, String path, Object body) {
        return command(HttpMethod.POST, user, path, body);
    }

    /** Completes the one open task of {@code taskKey} in the process with {@code businessKey}, as {@code user}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected void completeTask(String user, String businessKey, String taskKey, Map<String, Object> formValues) {
        ResponseEntity<List> tasks = commandsAs(user).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}", List.class,
                businessKey, taskKey);
        assertThat(tasks.getBody()).as("open %s of %s for %s", taskKey, businessKey, user).hasSize(1);
        String taskId = (String) ((Map) tasks.getBody().get(0)).get("id");
        Map<String, Object> variables = new LinkedHashMap<>();
        formValues.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> completion = commandsAs(user).exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
        assertThat(completion.getStatusCode()).as("%s", completion.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Waits (up to 10 s) until the projections show what {@code condition} checks. */
    private static final Pattern LAG = Pattern.compile("^innovation_projection_lag\\{[^}]*} (\\S+)$", Pattern.MULTILINE);

    /**
     * Waits until every projection (the cards, the review queue …) has read the event store up to
     * its head, as their lag gauges tell: each has its own processor, so one caught up says nothing
     * of the others.
     */
    protected void awaitEveryProjection() {
        eventually(() -> {
            Matcher lag = LAG.matcher(rest.withBasicAuth("admin", "admin").getForObject("/actuator/prometheus", String.class));
            boolean any = false;
            while (lag.find()) {
                any = true;
                if (Double.parseDouble(lag.group(1)) != 0) {
                    return false;
                }
            }
            return any;
        });
    }

    protected static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the views caught up in time").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The number of events command-service stored for the project, minus one: its current version. */
    protected long storedVersion(String projectId) {
        Long max = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, projectId);
        return max == null ? -1 : max;
    }
}
