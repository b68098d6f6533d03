package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.UpdateProjectDraftCommand;
import ru.edu.innovation.command.PostgresIntegrationTest;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * The Kafka feed against a real broker started in-process (KRaft): envelopes, order per project,
 * a broker outage in the middle of a stream of commands, a rolled-back command, re-publishing, and
 * the claim that lets only one command-service publish.
 */
// Ports chosen once per run, not the broker's random ones: the broker is stopped and started again,
// and clients must find it where it was. Two builds on one machine each get free ports of their own.
@EmbeddedKafka(kraft = true, partitions = 3, topics = "innovation.project-events.v1",
        brokerProperties = "listeners=EXTERNAL://localhost:${innovation.test.kafka-port},"
                + "CONTROLLER://localhost:${innovation.test.kafka-controller-port}",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class KafkaFeedIntegrationTest extends PostgresIntegrationTest {

    static {
        // Read by the placeholders above when the broker starts, which is after this class is loaded.
        System.setProperty("innovation.test.kafka-port", String.valueOf(freePort()));
        System.setProperty("innovation.test.kafka-controller-port", String.valueOf(freePort()));
    }

    private static final String TOPIC = "innovation.project-events.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void feedOn(DynamicPropertyRegistry registry) {
        registry.add("innovation.kafka-feed.enabled", () -> "true");
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    KafkaEventPublisher publisher;
    @Autowired
    DataSource dataSource;
    @Autowired
    Serializer serializer;
    @Autowired
    TokenSchema tokenSchema;

    private Consumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(TOPIC));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    @DisplayName("a project's events arrive in order as CloudEvents whose data validates against the published schema")
    void lifecycleArrivesInOrder() throws IOException {
        String projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        call(HttpMethod.PUT, "sikora", base, yayaNetworkProject());
        post("sikora", base + "/application/submission", REVIEWED_BY_IRO, "X-Correlation-Id", "feed-test-1");
        post("tikhomirova", base + "/application/signature", null);

        List<JsonNode> events = eventsOf(projectId, 5);

        assertThat(events).extracting(event -> event.path("sequencenumber").asLong()).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(events).extracting(event -> event.path("type").asText()).containsExactly(
                "ru.edu.innovation.ProjectDraftRegistered.v2", "ru.edu.innovation.ProjectDraftUpdated.v2",
                "ru.edu.innovation.ApplicationSubmitted.v1", "ru.edu.innovation.ReviewingInstituteAssigned.v1",
                "ru.edu.innovation.ApplicationSigned.v1");
        List<String> storedIds = jdbc.queryForList("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, projectId);
        assertThat(events).extracting(event -> event.path("id").asText()).containsExactlyElementsOf(storedIds);
        JsonNode submitted = events.get(2);
        assertThat(submitted.path("specversion").asText()).isEqualTo("1.0");
        assertThat(submitted.path("source").asText()).isEqualTo("urn:innovation:command-service");
        assertThat(submitted.path("subject").asText()).isEqualTo(projectId);
        assertThat(submitted.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(submitted.path("dataschema").asText()).endsWith("/schemas/events/ApplicationSubmitted.v1.json");
        assertThat(submitted.path("correlationid").asText()).isEqualTo("feed-test-1");
        assertThat(submitted.path("organizationid").asText()).isEqualTo("imc-yaya");
        assertThat(submitted.path("time").asText()).isNotBlank();
        assertThat(submitted.path("data").path("submittedBy").asText()).isEqualTo("sikora");
        assertThat(received).filteredOn(record -> projectId.equals(record.key()))
                .allSatisfy(record -> assertThat(new String(record.headers().lastHeader("content-type").value(),
                        StandardCharsets.UTF_8)).startsWith("application/cloudevents+json"));
        for (JsonNode event : events) {
            assertThat(schemaOf(event).validate(event.path("data"))).as("%s", event.path("type")).isEmpty();
        }
        assertThat(rest.getForEntity("/asyncapi.json", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/schemas/events/ApplicationSubmitted.v1.json", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("when the broker stops in the middle of a stream of commands, every event still arrives, in order")
    void brokerOutage() throws Exception {
        String projectId = registerYayaProject();
        eventsOf(projectId, 1);

        var brokers = ((EmbeddedKafkaKraftBroker) broker).getCluster().brokers().values();
        brokers.forEach(server -> server.shutdown());
        for (int i = 1; i <= 5; i++) {
            call(HttpMethod.PUT, "sikora", "/api/projects/" + projectId, withTheme("Редакция " + i));
        }
        Thread.sleep(2000);
        brokers.forEach(server -> server.startup());
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);

        List<JsonNode> events = eventsOf(projectId, 8);
        assertThat(events).extracting(event -> event.path("sequencenumber").asLong())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events.get(5).path("data").path("details").path("theme").asText()).isEqualTo("Редакция 5");
    }

    @Test
    @DisplayName("a command whose transaction rolled back never reaches the feed")
    void rolledBackCommandNeverPublished() {
        String projectId = registerYayaProject();
        transactions.executeWithoutResult(transaction -> {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new UpdateProjectDraftCommand(projectId, withTheme("Откаченная редакция")))
                    .withMetaData(Map.of(MetaDataKeys.USER_ID, "sikora", MetaDataKeys.ROLE, "SCHOOL",
                            MetaDataKeys.ORGANIZATION_ID, "imc-yaya")));
            transaction.setRollbackOnly();
        });
        call(HttpMethod.PUT, "sikora", "/api/projects/" + projectId, withTheme("Сохранённая редакция"));

        List<JsonNode> events = eventsOf(projectId, 2);
        assertThat(events).extracting(event -> event.path("data").path("details").path("theme").asText())
                .containsExactly(yayaNetworkProject().theme(), "Сохранённая редакция");
        assertThat(received).noneMatch(record -> new String(record.value(), StandardCharsets.UTF_8)
                .contains("Откаченная редакция"));
    }

    @Test
    @DisplayName("an administrator re-publishes from a position of the store: the events come again with their ids")
    @SuppressWarnings("rawtypes")
    void republishFromAPosition() throws IOException {
        String projectId = registerYayaProject();
        post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);
        List<JsonNode> first = eventsOf(projectId, 2);
        Long from = jdbc.queryForObject("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", Long.class, projectId);

        var forbidden = post("sikora", "/api/admin/feed/republish", Map.of("fromPosition", from));
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var accepted = rest.withBasicAuth("admin", "admin").postForEntity("/api/admin/feed/republish",
                Map.of("fromPosition", from), Map.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        awaitRecords(records -> records.stream().filter(record -> projectId.equals(record.key())).count() >= 4);
        List<String> ids = received.stream().filter(record -> projectId.equals(record.key()))
                .map(record -> parse(record).path("id").asText()).toList();
        assertThat(ids).containsSubsequence(first.get(0).path("id").asText(), first.get(1).path("id").asText(),
                first.get(0).path("id").asText(), first.get(1).path("id").asText());
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                rest.withBasicAuth("admin", "admin").getForEntity("/api/admin/feed", Map.class).getBody())
                .containsEntry("processor", "kafka-publisher")
                .containsEntry("replaying", false)
                .containsEntry("remaining", 0));
    }

    @Test
    @DisplayName("while another command-service holds the feed, this one publishes nothing and refuses a re-publish with 409")
    @SuppressWarnings("rawtypes")
    void anotherInstanceHoldsTheFeed() {
        TokenStore other = JdbcTokenStore.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .serializer(serializer)
                .schema(tokenSchema)
                .nodeId("command-service-2")
                .build();
        publisher.stop();
        try {
            transactions.executeWithoutResult(transaction -> other.fetchToken(KafkaEventPublisher.NAME, 0));
            publisher.start();
            String projectId = registerYayaProject();

            var refused = rest.withBasicAuth("admin", "admin").postForEntity("/api/admin/feed/republish",
                    Map.of("fromPosition", 0), Map.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody()).containsEntry("code", "FEED_CLAIMED_ELSEWHERE");
            var status = rest.withBasicAuth("admin", "admin").getForEntity("/api/admin/feed", Map.class).getBody();
            assertThat(status).containsEntry("running", false);
            consumer.poll(Duration.ofSeconds(2)).forEach(received::add);
            assertThat(received).noneMatch(record -> projectId.equals(record.key()));

            transactions.executeWithoutResult(transaction -> other.releaseClaim(KafkaEventPublisher.NAME, 0));
            assertThat(eventsOf(projectId, 1)).extracting(event -> event.path("subject").asText())
                    .containsExactly(projectId);
        } finally {
            if (!publisher.isRunning()) {
                publisher.start();
            }
            transactions.executeWithoutResult(transaction -> other.releaseClaim(KafkaEventPublisher.NAME, 0));
        }
    }

    @Test
    @DisplayName("a re-publish from a position past the newest stored event is refused with 409 naming the head")
    @SuppressWarnings("rawtypes")
    void republishPastTheHeadIsRefused() {
        registerYayaProject();
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);

        var refused = rest.withBasicAuth("admin", "admin").postForEntity("/api/admin/feed/republish",
                Map.of("fromPosition", head + 10), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", "FEED_POSITION_PAST_HEAD")
                .containsEntry("head", head.intValue()).containsEntry("fromPosition", (int) (head + 10));
        assertThat((String) refused.getBody().get("detail")).contains(String.valueOf(head));
        var status = rest.withBasicAuth("admin", "admin").getForEntity("/api/admin/feed", Map.class).getBody();
        assertThat(status).containsEntry("replaying", false);
    }

    @Test
    @DisplayName("an event of 1 MB stored behind the API's back is parked with its project's later event, the next "
            + "project's events are published; listed, counted, retried (refused again) and skipped")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void oversizedEventIsParkedAndTheFeedGoesOn() throws IOException {
        String poisoned = registerYayaProject();
        eventsOf(poisoned, 1);
        long oversized = storeUpdate(poisoned, 1, "ц".repeat(600_000));
        long behind = storeUpdate(poisoned, 2, "Цель после пропущенного события");
        String next = registerYayaProject();

        assertThat(eventsOf(next, 1)).extracting(event -> event.path("subject").asText()).containsExactly(next);
        var admin = rest.withBasicAuth("admin", "admin");
        Awaitility.await().atMost(PATIENCE).until(() -> admin.getForObject("/api/admin/feed/parked-events", List.class)
                .size() == 2);
        List<Map> parked = admin.getForObject("/api/admin/feed/parked-events", List.class);
        assertThat(parked.get(0)).containsEntry("globalIndex", (int) oversized).containsEntry("projectId", poisoned)
                .containsEntry("sequenceNumber", 1).containsEntry("eventType", "ProjectDraftUpdatedEvent")
                .containsEntry("waitingBehind", false).containsEntry("attempts", 1)
                .containsEntry("errorClass", "org.apache.kafka.common.errors.RecordTooLargeException");
        assertThat(parked.get(1)).containsEntry("globalIndex", (int) behind).containsEntry("waitingBehind", true)
                .containsEntry("attempts", 0);
        assertThat(distinct(poisoned)).hasSize(1);
        assertThat(admin.getForObject("/api/admin/feed", Map.class)).containsEntry("parked", 2);
        assertThat(admin.getForObject("/actuator/prometheus", String.class)).contains("innovation_feed_parked 2.0");
        assertThat(as("sikora").getForEntity("/api/admin/feed/parked-events", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        Long registered = jdbc.queryForObject("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", Long.class, poisoned);
        var republished = admin.postForEntity("/api/admin/feed/republish", Map.of("fromPosition", registered), Map.class);
        assertThat(republished.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String during = registerYayaProject();
        assertThat(eventsOf(during, 1)).hasSize(1);
        Awaitility.await().atMost(PATIENCE).until(() -> Boolean.FALSE.equals(
                admin.getForObject("/api/admin/feed", Map.class).get("replaying")));
        List<Map> parkedAfterRepublish = admin.getForObject("/api/admin/feed/parked-events", List.class);
        assertThat(parkedAfterRepublish).as("parked once, as they were").hasSize(2);
        assertThat(parkedAfterRepublish.get(0)).containsEntry("globalIndex", (int) oversized)
                .containsEntry("attempts", 1);
        assertThat(distinct(poisoned)).hasSize(1);

        var notFirst = admin.postForEntity("/api/admin/feed/parked-events/{at}/retry", null, Map.class, behind);
        assertThat(notFirst.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notFirst.getBody()).containsEntry("code", "PARKED_EVENT_NOT_FIRST")
                .containsEntry("firstParkedPosition", (int) oversized);
        var unknown = admin.postForEntity("/api/admin/feed/parked-events/{at}/skip", null, Map.class, -5);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("code", "PARKED_EVENT_NOT_FOUND");
        var retried = admin.postForEntity("/api/admin/feed/parked-events/{at}/retry", null, List.class, oversized);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map) retried.getBody().get(0)).containsEntry("globalIndex", (int) oversized)
                .containsEntry("attempts", 2);

        var skipped = admin.postForEntity("/api/admin/feed/parked-events/{at}/skip", null, List.class, oversized);
        assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(skipped.getBody()).isEmpty();
        List<JsonNode> published = eventsOf(poisoned, 2);
        assertThat(published).extracting(event -> event.path("sequencenumber").asLong()).containsExactly(0L, 2L);
        assertThat(published.get(1).path("data").path("details").path("goal").asText())
                .isEqualTo("Цель после пропущенного события");
        assertThat(admin.getForObject("/api/admin/feed", Map.class)).containsEntry("parked", 0);
        String later = registerYayaProject();
        assertThat(eventsOf(later, 1)).hasSize(1);
    }

    /**
     * Writes a draft update of the project straight into the event store, as an event stored before
     * the API had its limits would be; answers its position.
     */
    private long storeUpdate(String projectId, long sequence, String goal) throws IOException {
        Map<String, Object> registration = jdbc.queryForMap("SELECT * FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", projectId);
        ObjectNode payload = (ObjectNode) objectMapper.readTree((byte[]) registration.get("payload"));
        ((ObjectNode) payload.path("details")).put("goal", goal);
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", eventId, projectId, sequence, registration.get("type"),
                registration.get("time_stamp"), "ru.edu.innovation.api.project.ProjectDraftUpdatedEvent", "1",
                objectMapper.writeValueAsBytes(payload), registration.get("meta_data"));
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, eventId);
    }

    /** The project's first {@code count} distinct events as consumers see them: duplicates dropped by id. */
    private List<JsonNode> eventsOf(String projectId, int count) {
        awaitRecords(records -> distinct(projectId).size() >= count);
        return new ArrayList<>(distinct(projectId).values()).subList(0, count);
    }

    private Map<String, JsonNode> distinct(String projectId) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        received.stream().filter(record -> projectId.equals(record.key()))
                .map(this::parse)
                .forEach(event -> byId.putIfAbsent(event.path("id").asText(), event));
        return byId;
    }

    private void awaitRecords(Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!enough.test(received)) {
            assertThat(System.nanoTime()).as("the feed delivered in time").isLessThan(deadline);
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        }
    }

    private JsonNode parse(ConsumerRecord<String, byte[]> record) {
        try {
            return objectMapper.readTree(record.value());
        } catch (IOException e) {
            throw new AssertionError("a message is not JSON", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the test broker", e);
        }
    }

    private JsonSchema schemaOf(JsonNode event) throws IOException {
        String url = event.path("dataschema").asText();
        String file = url.substring(url.lastIndexOf('/') + 1);
        try (InputStream schema = getClass().getResourceAsStream("/static/schemas/events/" + file)) {
            assertThat(schema).as("schema %s is published", file).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        }
    }

    private static ProjectDetails withTheme(String theme) {
        ProjectDetails base = yayaNetworkProject();
        return new ProjectDetails(base.levelAppliedFor(), theme, base.goal(), base.tasks(), base.direction(),
                base.period(), base.stages(), base.leadOrganization(), base.participants(), base.leader(),
                base.coordinators(), base.scientificConsultant(), base.team(), base.partners(), base.risks());
    }
}
