package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.ValuePeriodKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;

/** Indicators and values stored at revision 1, before components and named periods, read as revision 2. */
class IndicatorComponentsUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** Builds the stored JSON by hand, at the scale the values were written with. */
    private static final JsonMapper TREE = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String PROJECT_ID = "yaya-network-2022";

    @Test
    @DisplayName("an indicator defined at revision 1 reads as revision 2 without components")
    void definedAtRevision1() throws Exception {
        IndicatorDefinedEvent defined = new IndicatorDefinedEvent(PROJECT_ID, "oge-physics", ogeAverageScorePhysics());
        ObjectNode revision1 = TREE.valueToTree(defined);
        ((ObjectNode) revision1.path("definition")).remove("components");

        DomainEventMessage<?> read = read(IndicatorDefinedEvent.class.getName(), "1", TREE.writeValueAsBytes(revision1));

        assertThat(read.getPayload()).isEqualTo(defined);
        assertThat(((IndicatorDefinedEvent) read.getPayload()).definition().components()).isEmpty();
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getType().getRevision()).isEqualTo("2");
    }

    @Test
    @DisplayName("a value recorded at revision 1 reads as revision 2: its period as dates, no components, its scale kept")
    void valueAtRevision1() throws Exception {
        IndicatorValue value = new IndicatorValue(new Period(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 7, 10)),
                new BigDecimal("16.10"), "ОГЭ 2023");
        ObjectNode revision1 = TREE.valueToTree(new IndicatorValueRecordedEvent(PROJECT_ID, "oge-physics", value));
        ObjectNode stored = (ObjectNode) revision1.path("value");
        stored.remove("periodKind");
        stored.remove("components");

        DomainEventMessage<?> read = read(IndicatorValueRecordedEvent.class.getName(), "1",
                TREE.writeValueAsBytes(revision1));

        IndicatorValue loaded = ((IndicatorValueRecordedEvent) read.getPayload()).value();
        assertThat(loaded.periodKind()).isEqualTo(ValuePeriodKind.DATES);
        assertThat(loaded.components()).isEmpty();
        assertThat(loaded.value().toPlainString()).isEqualTo("16.10");
        assertThat(loaded).isEqualTo(value);
    }

    @Test
    @DisplayName("an indicator stored at revision 2 is read as stored")
    void revision2AsStored() {
        IndicatorDefinedEvent defined = new IndicatorDefinedEvent(PROJECT_ID, "oge-physics", ogeAverageScorePhysics());
        byte[] payload = SERIALIZER.serialize(defined, byte[].class).getData();

        DomainEventMessage<?> read = read(IndicatorDefinedEvent.class.getName(), "2", payload);

        assertThat(read.getPayload()).isEqualTo(defined);
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getData()).isEqualTo(payload);
    }

    private static DomainEventMessage<?> read(String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 5,
                "event-5", Instant.parse("2023-07-11T03:00:00Z"), type, revision, payload, "{}".getBytes());
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new IndicatorComponentsUpcaster()).next();
    }
}
