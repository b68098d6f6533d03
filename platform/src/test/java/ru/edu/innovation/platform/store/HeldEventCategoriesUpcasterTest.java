package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;

/** Held events as revision 2 stored them, with participants in four numbers, read as revision 3. */
class HeldEventCategoriesUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String PROJECT_ID = "yaya-network-2022";

    /** Revision 2 of the conference of seed 004 held, its participants as the four numbers of the time. */
    static final String HELD_EVENT_V2 = """
            {"projectId":"yaya-network-2022","heldEventId":"held-conference","event":{"date":"2023-03-17",
            "title":"VIII муниципальная научно-практическая конференция исследовательских работ обучающихся 5-9 классов",
            "level":"MUNICIPAL","format":"очно, на базе Центров образования «Точка роста»",
            "participants":{"teachers":14,"students":52,"parents":0,"others":3},
            "resultsAndProducts":"Обучающиеся 8-9 классов, планирующие сдачу ОГЭ по физике, химии, биологии, представили исследовательские работы по соответствующему направлению",
            "activityId":"conference-viii","month":null,"presenters":[],"hostOrganization":null,"direction":null,
            "audience":[]}}""";

    @Test
    @DisplayName("a held event of revision 2 reads with each nonzero number as its category and no parents")
    void revision2ReadsByCategory() {
        DomainEventMessage<?> read = read("2", HELD_EVENT_V2, new HeldEventCategoriesUpcaster());

        HeldEventRecordedEvent event = (HeldEventRecordedEvent) read.getPayload();
        assertThat(event.event().participants()).containsExactly(
                new CategoryCount(ParticipantCategory.TEACHERS, null, 14),
                new CategoryCount(ParticipantCategory.STUDENTS, null, 52),
                new CategoryCount(ParticipantCategory.OTHER, null, 3));
        assertThat(event).isEqualTo(new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld("conference-viii")));
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getType().getRevision()).isEqualTo("3");
    }

    @Test
    @DisplayName("a held event of revision 2 without counts reads with no participants")
    void revision2WithoutCounts() {
        DomainEventMessage<?> read = read("2", HELD_EVENT_V2.replace(
                "\"participants\":{\"teachers\":14,\"students\":52,\"parents\":0,\"others\":3},", "\"participants\":null,"),
                new HeldEventCategoriesUpcaster());

        assertThat(((HeldEventRecordedEvent) read.getPayload()).event().participants()).isEmpty();
    }

    @Test
    @DisplayName("a held event of revision 1 reads through the plan's upcaster, then this one, as revision 3")
    void revision1ThroughBoth() {
        DomainEventMessage<?> read = read("1", PlanUpcasterTest.HELD_EVENT_V1,
                new EventUpcasterChain(new PlanUpcaster(), new HeldEventCategoriesUpcaster()));

        assertThat(read.getPayload()).isEqualTo(new HeldEventRecordedEvent(PROJECT_ID, "held-conference",
                conferenceHeld("conference-viii")));
    }

    private static DomainEventMessage<?> read(String revision, String json,
                                              EventUpcaster upcaster) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-03-20T03:00:00Z"), HeldEventRecordedEvent.class.getName(), revision,
                json.replace("\n", "").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER, upcaster).next();
    }
}
