package ru.edu.innovation.query.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import ru.edu.innovation.seeds.SeedProjects;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product as a cluster: two command-services and two query-services, each a process of its own
 * started from its jar, on one PostgreSQL database and one broker (in-process). Commands for one
 * project race through both command-services; then the query-service holding the projection's
 * segments and the command-service holding the feed are killed, and the survivors must take over.
 * Runs after packaging (failsafe), since it needs both jars.
 */
class ClusterIT {

    private static final String SERVER = System.getProperty("test.postgres.server",
            System.getenv().getOrDefault("TEST_POSTGRES_SERVER", "jdbc:postgresql://127.0.0.1:5432/"));
    private static final String DATABASE = "innovation_cluster_it" + System.getenv().getOrDefault("TEST_DATABASE_SUFFIX", "");
    private static final String TOPIC = "innovation.project-events.v1";
    private static final String CARDS = "project-cards";
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+\\s+ERROR\\s.*$");

    private final List<ServiceProcess> started = new ArrayList<>();
    private EmbeddedKafkaKraftBroker broker;

    @AfterEach
    void stopAll() throws InterruptedException {
        for (ServiceProcess service : started) {
            service.process.destroy();
        }
        for (ServiceProcess service : started) {
            if (!service.process.waitFor(30, TimeUnit.SECONDS)) {
                service.process.destroyForcibly();
            }
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    @DisplayName("two of each: racing commands get 201/200 or 409, never 5xx; killed nodes are taken over, "
            + "every acknowledged event projected and published, readiness and the cluster lag tell the truth")
    void twoOfEach() throws Exception {
        long begin = System.nanoTime();
        recreateDatabase();
        broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        broker.afterPropertiesSet();

        Map<String, String> database = Map.of("POSTGRES_URL", SERVER + DATABASE, "POSTGRES_USER", "postgres",
                "POSTGRES_PASSWORD", "");
        Map<String, String> commandEnvironment = new HashMap<>(database);
        commandEnvironment.putAll(Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.getBrokersAsString(),
                "AGGREGATE_CACHE_ENABLED", "false", "DB_POOL_SIZE", "8"));
        Map<String, String> queryEnvironment = new HashMap<>(database);
        // A short alarm, so that the health is seen DOWN while the dead node's claims wait for their timeout.
        queryEnvironment.putAll(Map.of("DB_POOL_SIZE", "5", "PROJECTION_THREADS", "2", "PROJECTION_SEGMENTS", "2",
                "SEGMENT_DOWN_AFTER", "PT3S"));
        Path commandJar = ServiceProcess.jar(Path.of("..", "command-service", "target"), "command-service");
        Path queryJar = ServiceProcess.jar(Path.of("target"), "query-service");
        // A snapshot every five events: both command-services load the project and take its snapshots.
        String[] snapshots = {"--innovation.snapshot-threshold=5"};

        // The first command-service alone: it creates the engine's and the event store's tables and the users.
        ServiceProcess commandA = start(ServiceProcess.start("command-a", commandJar, "COMMAND_SERVICE_PORT",
                commandEnvironment, snapshots));
        commandA.awaitReady(Duration.ofSeconds(120));
        ServiceProcess commandB = start(ServiceProcess.start("command-b", commandJar, "COMMAND_SERVICE_PORT",
                commandEnvironment, snapshots));
        ServiceProcess queryC = start(ServiceProcess.start("query-c", queryJar, "QUERY_SERVICE_PORT", queryEnvironment));
        ServiceProcess queryD = start(ServiceProcess.start("query-d", queryJar, "QUERY_SERVICE_PORT", queryEnvironment));
        for (ServiceProcess service : List.of(commandB, queryC, queryD)) {
            service.awaitReady(Duration.ofSeconds(150));
        }
        report("all four ready", begin);

        HttpResponse<String> registered = commandA.send("sikora", "POST", "/api/projects", SeedProjects.yayaNetworkProject());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String projectId = ServiceProcess.parse(registered.body()).path("projectId").asText();

        // Four clients, each alternating between the two command-services, edit the one project at once.
        List<ServiceProcess> commandServices = List.of(commandA, commandB);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<List<HttpResponse<String>>>> racing = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            int first = client;
            racing.add(clients.submit(() -> {
                List<HttpResponse<String>> answers = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    answers.add(commandServices.get((first + i) % 2).send("sikora", "PUT", "/api/projects/" + projectId,
                            SeedProjects.yayaNetworkProject()));
                }
                return answers;
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<List<HttpResponse<String>>> client : racing) {
            answers.addAll(client.get(120, TimeUnit.SECONDS));
        }
        clients.shutdown();
        assertThat(answers).as("no 5xx: every loser of a race gets 409").allSatisfy(answer ->
                assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409));
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409).allSatisfy(answer ->
                assertThat(ServiceProcess.parse(answer.body()).path("code").asText()).isEqualTo("CONCURRENT_MODIFICATION"));
        long acknowledged = answers.stream().filter(answer -> answer.statusCode() == 200).count();
        System.out.printf("race: %d x 200, %d x 409%n", acknowledged, answers.size() - acknowledged);
        report("race done", begin);

        // One approval task completed through both command-services at once: one completes it, the other gets 409.
        HttpResponse<String> second = commandB.send("sikora", "POST", "/api/projects", SeedProjects.yayaNetworkProject());
        String secondProject = ServiceProcess.parse(second.body()).path("projectId").asText();
        HttpResponse<String> submitted = commandB.send("sikora", "POST", "/api/projects/" + secondProject
                + "/application/submission", Map.of("reviewingInstituteId", "iro-kuzbass"));
        assertThat(submitted.statusCode()).as(submitted.body()).isBetween(200, 299);
        JsonNode signing = commandA.json("tikhomirova", "/engine-rest/task?processInstanceBusinessKey=" + secondProject
                + "&taskDefinitionKey=Task_SignApplication");
        assertThat(signing).hasSize(1);
        String taskPath = "/engine-rest/task/" + signing.get(0).path("id").asText() + "/complete";
        Map<String, Object> signature = Map.of("variables", Map.of("signatureConfirmed", Map.of("value", true)));
        ExecutorService signers = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> signed = new ArrayList<>();
        for (ServiceProcess node : commandServices) {
            signed.add(signers.submit(() -> {
                go.await();
                return node.send("tikhomirova", "POST", taskPath, signature);
            }));
        }
        go.countDown();
        List<Integer> signatures = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : signed) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            System.out.printf("task race: %d %s%n", response.statusCode(), response.body());
            signatures.add(response.statusCode());
        }
        signers.shutdown();
        assertThat(signatures).containsExactlyInAnyOrder(204, 409);

        // Both query-services answer, and both are ready: the standby too.
        eventually(Duration.ofSeconds(20), () -> cardVersion(queryC, projectId) == storedVersion(projectId)
                && cardVersion(queryD, projectId) == storedVersion(projectId));
        for (ServiceProcess query : List.of(queryC, queryD)) {
            assertThat(query.get(null, "/actuator/health/readiness").statusCode()).as(query.name + " ready").isEqualTo(200);
        }
        JsonNode cluster = queryD.json("admin", "/api/admin/cluster");
        JsonNode cards = processor(cluster, CARDS);
        assertThat(cards.path("segments")).hasSize(2).allSatisfy(segment ->
                assertThat(segment.path("state").asText()).isEqualTo("CLAIMED"));
        eventually(Duration.ofSeconds(10), () -> processor(queryD.json("admin", "/api/admin/cluster"), CARDS)
                .path("lag").asLong() == 0);
        String cardsOwner = cards.path("segments").get(0).path("owner").asText();
        ServiceProcess deadQuery = queryC.owns(cardsOwner) ? queryC : queryD;
        ServiceProcess survivingQuery = deadQuery == queryC ? queryD : queryC;

        // A rebuild asked of a node that does not hold every segment is refused, naming the node that does.
        HttpResponse<String> rebuild = survivingQuery.send("admin", "POST", "/api/admin/rebuild", Map.of());
        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(409);
        JsonNode refusal = ServiceProcess.parse(rebuild.body());
        assertThat(refusal.path("code").asText()).isEqualTo("REBUILD_ON_OTHER_NODE");
        assertThat(refusal.path("owners")).isNotEmpty().allSatisfy(owner ->
                assertThat(survivingQuery.owns(owner.asText())).isFalse());

        String feedOwner = feedOwner();
        ServiceProcess deadCommand = commandB.owns(feedOwner) ? commandB : commandA;
        ServiceProcess survivingCommand = deadCommand == commandA ? commandB : commandA;
        System.out.printf("killing %s (segments of %s) and %s (feed)%n", deadQuery.name, CARDS, deadCommand.name);

        long killedAt = System.nanoTime();
        deadQuery.kill();
        deadCommand.kill();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> edit = survivingCommand.send("sikora", "PUT", "/api/projects/" + projectId,
                    SeedProjects.yayaNetworkProject());
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
            acknowledged++;
        }

        // The survivors take over; meanwhile the cluster health says the dead node's segments stand still.
        boolean sawDown = false;
        Long segmentsTakenOver = null;
        Long feedTakenOver = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (segmentsTakenOver == null || feedTakenOver == null || !sawDown) {
            assertThat(System.nanoTime()).as("the survivors took over in time (health seen DOWN: %s, segments: %s, feed: %s)",
                    sawDown, segmentsTakenOver, feedTakenOver).isLessThan(deadline);
            HttpResponse<String> health = survivingQuery.get("admin", "/actuator/health/cluster");
            sawDown |= health.statusCode() == 503 && health.body().contains("DOWN");
            if (segmentsTakenOver == null && processor(survivingQuery.json("admin", "/api/admin/cluster"), CARDS)
                    .path("segments").findValuesAsText("owner").stream().allMatch(survivingQuery::owns)) {
                segmentsTakenOver = System.nanoTime();
            }
            if (feedTakenOver == null && survivingCommand.owns(feedOwner())) {
                feedTakenOver = System.nanoTime();
            }
            ServiceProcess.pause(200);
        }
        System.out.printf("failover: segments taken over after %d ms, feed after %d ms%n",
                millis(killedAt, segmentsTakenOver), millis(killedAt, feedTakenOver));

        // Every acknowledged command stored once, projected by the survivor, and published.
        assertThat(storedCount("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE "
                + "'%.ProjectDraftUpdatedEvent'", projectId)).isEqualTo(acknowledged);
        eventually(Duration.ofSeconds(15), () -> cardVersion(survivingQuery, projectId) == storedVersion(projectId));
        eventually(Duration.ofSeconds(15), () -> survivingQuery.get("admin", "/actuator/health/cluster").statusCode() == 200);
        eventually(Duration.ofSeconds(15), () -> processor(survivingQuery.json("admin", "/api/admin/cluster"), CARDS)
                .path("lag").asLong() == 0, () -> survivingQuery.json("admin", "/api/admin/cluster").toString());
        JsonNode after = processor(survivingQuery.json("admin", "/api/admin/cluster"), CARDS);
        assertThat(after.path("unclaimed").asLong()).isZero();
        assertThat(after.path("segments").findValuesAsText("owner")).allMatch(survivingQuery::owns);
        assertThat(survivingQuery.get(null, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        String metrics = survivingQuery.get("admin", "/actuator/prometheus").body();
        assertThat(gauge(metrics, "innovation_projection_cluster_lag")).isZero();
        assertThat(gauge(metrics, "innovation_projection_cluster_unclaimed")).isZero();

        long stored = storedCount("SELECT count(*) FROM domain_event_entry", null);
        Set<String> published = new HashSet<>();
        try (KafkaConsumer<String, byte[]> feed = consumer()) {
            feed.subscribe(List.of(TOPIC));
            long feedDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (published.size() < stored) {
                assertThat(System.nanoTime()).as("every stored event on the feed: %d of %d", published.size(), stored)
                        .isLessThan(feedDeadline);
                for (ConsumerRecord<String, byte[]> record : feed.poll(Duration.ofMillis(500))) {
                    published.add(ServiceProcess.parse(new String(record.value(), StandardCharsets.UTF_8)).path("id").asText());
                }
            }
        }
        assertThat(published).hasSize((int) stored);
        report("feed complete", killedAt);

        for (ServiceProcess service : started) {
            String log = service.logText();
            Matcher error = ERROR_LINE.matcher(log);
            if (error.find()) {
                throw new AssertionError(service.name + " logged at ERROR (" + service.log + "): " + error.group());
            }
            assertThat(log).as(service.name).doesNotContain("duplicate key").doesNotContain("snapshot resulted in an exception");
        }
        report("cluster test", begin);
    }

    private ServiceProcess start(ServiceProcess service) {
        started.add(service);
        return service;
    }

    private static JsonNode processor(JsonNode cluster, String name) {
        for (JsonNode processor : cluster.path("processors")) {
            if (name.equals(processor.path("processor").asText())) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + cluster);
    }

    private static long cardVersion(ServiceProcess query, String projectId) {
        HttpResponse<String> card = query.get("auditor", "/api/projects/" + projectId);
        return card.statusCode() == 200 ? ServiceProcess.parse(card.body()).path("version").asLong(-1) : -1;
    }

    private static double gauge(String prometheus, String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*processor=\"" + CARDS + "\"[^}]*}\\s+(\\S+)$")
                .matcher(prometheus);
        assertThat(value.find()).as("%s in %s", name, prometheus).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "cluster-it");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(properties);
    }

    private static String feedOwner() {
        try (Connection connection = connect();
             Statement sql = connection.createStatement();
             ResultSet owner = sql.executeQuery("SELECT owner FROM token_entry WHERE processor_name = 'kafka-publisher'")) {
            return owner.next() ? owner.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long storedVersion(String projectId) {
        return storedCount("SELECT coalesce(max(sequence_number), -1) FROM domain_event_entry WHERE aggregate_identifier = ?",
                projectId);
    }

    private static long storedCount(String query, String parameter) {
        try (Connection connection = connect(); PreparedStatement sql = connection.prepareStatement(query)) {
            if (parameter != null) {
                sql.setString(1, parameter);
            }
            try (ResultSet result = sql.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
    }

    private static void recreateDatabase() {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER + " (user postgres, trust auth)", e);
        }
    }

    private static void eventually(Duration patience, BooleanSupplier condition) {
        eventually(patience, condition, () -> "");
    }

    private static void eventually(Duration patience, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in " + patience + ": " + state.get());
            }
            ServiceProcess.pause(200);
        }
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    private static void report(String what, long since) {
        System.out.printf("%s: %d ms%n", what, millis(since, System.nanoTime()));
    }
}
