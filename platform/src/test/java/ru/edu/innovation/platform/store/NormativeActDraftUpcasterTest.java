package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Acts registered at revision 1, when every act had its date, read as revision 2: adopted acts. */
class NormativeActDraftUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();

    /** The payload exactly as revision 1 stored it (ReportDrawingTest's regulation of seed 000). */
    static final String REVISION_1 = """
            {"projectId":"yaya-network-2022","actId":"act-network","act":{"kind":"REGULATION","number":"12",\
            "date":"2023-02-01","title":"Положение о сетевых образовательных сообществах",\
            "purpose":"Порядок формирования сетевых сообществ Центров «Точка роста»"}}""";

    @Test
    @DisplayName("a revision-1 act reads as revision 2, adopted on its date")
    void revision1ReadsAsAdopted() {
        DomainEventMessage<?> read = read("1", REVISION_1.getBytes(StandardCharsets.UTF_8));

        assertThat(read.getPayload()).isEqualTo(new NormativeActRegisteredEvent("yaya-network-2022", "act-network",
                new NormativeAct(NormativeActKind.REGULATION, "12", LocalDate.of(2023, 2, 1),
                        "Положение о сетевых образовательных сообществах",
                        "Порядок формирования сетевых сообществ Центров «Точка роста»")));
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getType().getRevision()).isEqualTo("2");
    }

    @Test
    @DisplayName("a draft stored at revision 2 is read as stored")
    void revision2AsStored() {
        NormativeActRegisteredEvent draft = new NormativeActRegisteredEvent("yaya-network-2022", "draft",
                new NormativeAct(NormativeActKind.PLAN, null, null, "График проведения сетевых мероприятий на 2023-2024",
                        null));
        byte[] payload = SERIALIZER.serialize(draft, byte[].class).getData();

        DomainEventMessage<?> read = read("2", payload);

        assertThat(read.getPayload()).isEqualTo(draft);
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getData()).isEqualTo(payload);
    }

    static DomainEventMessage<?> read(String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", "yaya-network-2022",
                0, "event-1", Instant.parse("2023-02-01T03:00:00Z"), NormativeActRegisteredEvent.class.getName(),
                revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new NormativeActDraftUpcaster()).next();
    }
}
