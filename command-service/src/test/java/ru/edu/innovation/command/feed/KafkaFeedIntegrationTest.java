package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import static ru.edu.innovation.api.seed.SeedProjects.yayaNetworkProject;

/**
 * The Kafka feed against a real broker started in-process (KRaft): envelopes, order per project,
 * a broker outage in the middle of a stream of commands, a rolled-back command, re-publishing, and
 * the claim that lets only one command-service publish.
 */
// A fixed port: the broker is stopped and started again, and clients must find it where it was.
@EmbeddedKafka(kraft = true, partitions = 3, topics = "innovation.project-events.v1",
        brokerProperties = "listeners=EXTERNAL://localhost:39092,CONTROLLER://localhost:39093",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class KafkaFeedIntegrationTest extends PostgresIntegrationTest {

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
                "ru.edu.innovation.ProjectDraftRegistered.v1", "ru.edu.innovation.ProjectDraftUpdated.v1",
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
