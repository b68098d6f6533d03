package ru.edu.innovation.command.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.platform.store.NormativeActDraftUpcaster;
import ru.edu.innovation.platform.store.PersonLoginUpcaster;
import ru.edu.innovation.platform.store.PlanUpcaster;
import ru.edu.innovation.platform.store.HeldEventCategoriesUpcaster;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/** An event stored at an older revision goes out on the feed as its current type, and its data fits that type's schema. */
class UpcastEventOnTheFeedTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();

    @Test
    @DisplayName("a draft stored at revision 1 is published as ProjectDraftRegistered.v2 with data valid against its schema")
    void revision1DraftOnTheFeed() throws Exception {
        ObjectNode revision1 = JSON.valueToTree(new ProjectDraftRegisteredEvent("yaya-network-2022", yayaNetworkProject()));
        ObjectNode details = (ObjectNode) revision1.path("details");
        details.remove("deputy");
        ((ObjectNode) details.path("leader")).remove("login");
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", "yaya-network-2022",
                0, "event-1", Instant.parse("2022-09-01T03:00:00Z"), ProjectDraftRegisteredEvent.class.getName(), "1",
                JSON.writeValueAsBytes(revision1), "{}".getBytes(StandardCharsets.UTF_8));
        DomainEventMessage<?> event = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new PersonLoginUpcaster()).next();
        CloudEvents envelopes = new CloudEvents(new KafkaFeedProperties(true, "events", URI.create("urn:test"),
                URI.create("http://localhost:8080/schemas/events/"), 10, Duration.ofMillis(1), 6, (short) 1), new JsonFactory());

        JsonNode published = JSON.readTree(envelopes.envelope(event,
                event.serializePayload(SERIALIZER, byte[].class).getData()));

        assertThat(published.path("type").asText()).isEqualTo("ru.edu.innovation.ProjectDraftRegistered.v2");
        assertThat(published.path("dataschema").asText()).endsWith("/schemas/events/ProjectDraftRegistered.v2.json");
        try (InputStream schema = getClass().getResourceAsStream("/static/schemas/events/ProjectDraftRegistered.v2.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(published.path("data"))).isEmpty();
        }
        assertThat(published.path("data").path("details").has("deputy")).isTrue();
    }

    @Test
    @DisplayName("a held event stored at revision 1 is published as HeldEventRecorded.v3 with data valid against its schema")
    void revision1HeldEventOnTheFeed() throws Exception {
        ObjectNode revision1 = JSON.valueToTree(new HeldEventRecordedEvent("yaya-network-2022", "held-conference",
                conferenceHeld("conference-viii")));
        ((ObjectNode) revision1.path("event")).remove(List.of("month", "presenters", "hostOrganization", "direction", "audience"));
        ((ObjectNode) revision1.path("event")).putObject("participants")
                .put("teachers", 14).put("students", 52).put("parents", 0).put("others", 3);
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", "yaya-network-2022",
                7, "event-8", Instant.parse("2023-03-20T03:00:00Z"), HeldEventRecordedEvent.class.getName(), "1",
                JSON.writeValueAsBytes(revision1), "{}".getBytes(StandardCharsets.UTF_8));
        DomainEventMessage<?> event = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new EventUpcasterChain(new PlanUpcaster(), new HeldEventCategoriesUpcaster())).next();
        CloudEvents envelopes = new CloudEvents(new KafkaFeedProperties(true, "events", URI.create("urn:test"),
                URI.create("http://localhost:8080/schemas/events/"), 10, Duration.ofMillis(1), 6, (short) 1), new JsonFactory());

        JsonNode published = JSON.readTree(envelopes.envelope(event,
                event.serializePayload(SERIALIZER, byte[].class).getData()));

        assertThat(published.path("type").asText()).isEqualTo("ru.edu.innovation.HeldEventRecorded.v3");
        try (InputStream schema = getClass().getResourceAsStream("/static/schemas/events/HeldEventRecorded.v3.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(published.path("data"))).isEmpty();
        }
        assertThat(published.path("data").path("event").path("presenters").isArray()).isTrue();
        assertThat(published.path("data").path("event").path("participants").path(1).path("category").asText())
                .isEqualTo("STUDENTS");
    }

    @Test
    @DisplayName("an act stored at revision 1 is published as NormativeActRegistered.v2 with data valid against its schema")
    void revision1ActOnTheFeed() throws Exception {
        String revision1 = "{\"projectId\":\"yaya-network-2022\",\"actId\":\"act-network\",\"act\":{\"kind\":"
                + "\"REGULATION\",\"number\":\"12\",\"date\":\"2023-02-01\",\"title\":\"Положение о сетевых "
                + "образовательных сообществах\",\"purpose\":\"Порядок формирования сетевых сообществ\"}}";
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", "yaya-network-2022",
                0, "event-1", Instant.parse("2023-02-01T03:00:00Z"), NormativeActRegisteredEvent.class.getName(), "1",
                revision1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        DomainEventMessage<?> event = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new NormativeActDraftUpcaster()).next();
        CloudEvents envelopes = new CloudEvents(new KafkaFeedProperties(true, "events", URI.create("urn:test"),
                URI.create("http://localhost:8080/schemas/events/"), 10, Duration.ofMillis(1), 6, (short) 1), new JsonFactory());

        JsonNode published = JSON.readTree(envelopes.envelope(event,
                event.serializePayload(SERIALIZER, byte[].class).getData()));

        assertThat(published.path("type").asText()).isEqualTo("ru.edu.innovation.NormativeActRegistered.v2");
        try (InputStream schema = getClass().getResourceAsStream("/static/schemas/events/NormativeActRegistered.v2.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(published.path("data"))).isEmpty();
        }
        assertThat(published.path("data").path("act").path("date").asText()).isEqualTo("2023-02-01");
    }
}
