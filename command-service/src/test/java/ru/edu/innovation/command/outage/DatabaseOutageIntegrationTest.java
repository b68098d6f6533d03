package ru.edu.innovation.command.outage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import ru.edu.innovation.seeds.SeedProjects;
import ru.edu.innovation.platform.TcpProxy;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away for a few seconds while schools send commands, as in a PostgreSQL restart:
 * a proxy in front of this test's own database drops every connection and refuses new ones. Nobody
 * gets a 500; a command that could not be taken gets 503 with Retry-After; every command answered
 * 201 is in the store; the service takes commands again by itself once the database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"innovation.kafka-feed.enabled=false", "spring.datasource.hikari.connection-timeout=10000",
                "spring.datasource.hikari.maximum-pool-size=5"})
// Its own context on its own database: closed after the test so its connections don't stay open beside the shared one's.
@DirtiesContext
@SuppressWarnings("rawtypes")
class DatabaseOutageIntegrationTest {

    private static final String SERVER = System.getProperty("test.postgres.server",
            System.getenv().getOrDefault("TEST_POSTGRES_SERVER", "jdbc:postgresql://127.0.0.1:5432/"));
    private static final String DATABASE = "innovation_command_outage" + System.getenv().getOrDefault("TEST_DATABASE_SUFFIX", "");
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    private static TcpProxy proxy;

    @Autowired
    private TestRestTemplate rest;

    @DynamicPropertySource
    static void databaseBehindProxy(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        URI server = URI.create(SERVER.substring("jdbc:".length()));
        proxy = TcpProxy.to(server.getHost(), server.getPort());
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @DisplayName("while the database restarts, commands get 503 with Retry-After or succeed, never 500, and none is lost")
    void databaseRestartDuringCommands() throws Exception {
        assertThat(register().getStatusCode().value()).isEqualTo(201);
        ConcurrentLinkedQueue<ResponseEntity<Map>> answers = new ConcurrentLinkedQueue<>();
        Instant cutAt = Instant.now().plusSeconds(2);
        Instant end = cutAt.plus(OUTAGE).plusSeconds(3);

        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<?>> loops = List.of(
                clients.submit(() -> commandLoop(answers, end)),
                clients.submit(() -> commandLoop(answers, end)),
                clients.submit(() -> {
                    sleepUntil(cutAt);
                    proxy.cut();
                    sleepUntil(cutAt.plus(OUTAGE));
                    proxy.restore();
                }));
        for (Future<?> loop : loops) {
            loop.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();

        assertThat(answers).as("commands sent across the outage").hasSizeGreaterThan(10);
        assertThat(answers).extracting(answer -> answer.getStatusCode().value() + " " + answer.getBody().get("code"))
                .allSatisfy(answer -> assertThat(answer).matches("201 null|503 DATABASE_UNAVAILABLE"));
        assertThat(answers).filteredOn(answer -> answer.getStatusCode().value() == 503).allSatisfy(answer -> {
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody()).containsEntry("code", "DATABASE_UNAVAILABLE");
        });

        ResponseEntity<Map> afterwards = register();
        assertThat(afterwards.getStatusCode().value()).as("%s", afterwards.getBody()).isEqualTo(201);
        List<String> acknowledged = answers.stream().filter(answer -> answer.getStatusCode().value() == 201)
                .map(answer -> (String) answer.getBody().get("projectId")).toList();
        assertThat(storedDrafts(acknowledged)).as("every project answered 201 is stored").isEqualTo(acknowledged.size());
    }

    private void commandLoop(ConcurrentLinkedQueue<ResponseEntity<Map>> answers, Instant end) {
        while (Instant.now().isBefore(end)) {
            answers.add(register());
        }
    }

    private ResponseEntity<Map> register() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("sikora", "demo").exchange("/api/projects", HttpMethod.POST,
                new HttpEntity<>(SeedProjects.yayaNetworkProject(), headers), Map.class);
    }

    private static int storedDrafts(List<String> projectIds) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             PreparedStatement query = connection.prepareStatement("""
                     SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry
                      WHERE aggregate_identifier = ANY (?) AND payload_type LIKE '%ProjectDraftRegisteredEvent'""")) {
            query.setArray(1, connection.createArrayOf("varchar", projectIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void sleepUntil(Instant moment) {
        try {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), moment).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
