package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;

/** Reports submitted at revision 2, before versions were frozen, read as revision 3 with no version data. */
class ReportVersionUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String PROJECT_ID = "yaya-network-2022";
    private static final EventUpcasterChain UPCASTERS =
            new EventUpcasterChain(new PersonLoginUpcaster(), new ReportVersionUpcaster());

    @Test
    @DisplayName("a submission stored at revision 2 reads as revision 3 with its number, base and digest empty")
    void submissionAtRevision2() throws Exception {
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, "interim-2022-2023",
                interimReport2022_2023(), "sikora", null, null, null);

        DomainEventMessage<?> read = readStoredAt("2", submitted);

        assertThat(read.getPayload()).isEqualTo(submitted);
        var upcast = read.serializePayload(SERIALIZER, byte[].class);
        assertThat(upcast.getType().getRevision()).isEqualTo("3");
        JsonNode json = JSON.readTree(upcast.getData());
        assertThat(json.has("version")).isTrue();
        assertThat(json.get("contentSha256").isNull()).isTrue();
    }

    @Test
    @DisplayName("a resubmission stored at revision 2 reads as revision 3")
    void resubmissionAtRevision2() {
        ReportResubmittedEvent resubmitted = new ReportResubmittedEvent(PROJECT_ID, "interim-2022-2023",
                interimReportSections(), "sikora", null, null, null);

        assertThat(readStoredAt("2", resubmitted).getPayload()).isEqualTo(resubmitted);
    }

    @Test
    @DisplayName("a submission stored at revision 1 goes through both upcasters, in order")
    void submissionAtRevision1() throws Exception {
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, "interim-2022-2023",
                interimReport2022_2023(), "sikora", null, null, null);
        ObjectNode json = withoutVersionFields(submitted);
        ((ObjectNode) json.path("submission").path("sections").path("leader")).remove("login");

        DomainEventMessage<?> read = read(submitted.getClass().getName(), "1", JSON.writeValueAsBytes(json));

        assertThat(read.getPayload()).isEqualTo(submitted);
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getType().getRevision()).isEqualTo("3");
    }

    @Test
    @DisplayName("a submission stored at revision 3 is read as stored, its version data kept")
    void revision3AsStored() {
        ReportSubmittedEvent submitted = new ReportSubmittedEvent(PROJECT_ID, "interim-2022-2023",
                interimReport2022_2023(), "sikora", 1, 41L, "ab".repeat(32));
        byte[] payload = SERIALIZER.serialize(submitted, byte[].class).getData();

        DomainEventMessage<?> read = read(submitted.getClass().getName(), "3", payload);

        assertThat(read.getPayload()).isEqualTo(submitted);
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getData()).isEqualTo(payload);
    }

    private static DomainEventMessage<?> readStoredAt(String revision, Object event) {
        try {
            return read(event.getClass().getName(), revision, JSON.writeValueAsBytes(withoutVersionFields(event)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code event} as revision 2 stored it: without the fields revision 3 added. */
    private static ObjectNode withoutVersionFields(Object event) {
        ObjectNode json = JSON.valueToTree(event);
        json.remove(List.of("version", "basedOnSequence", "contentSha256"));
        return json;
    }

    private static DomainEventMessage<?> read(String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 7,
                "event-7", Instant.parse("2023-06-01T03:00:00Z"), type, revision, payload, "{}".getBytes());
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER, UPCASTERS).next();
    }
}
