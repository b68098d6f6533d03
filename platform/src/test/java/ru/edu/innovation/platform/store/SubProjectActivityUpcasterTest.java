package ru.edu.innovation.platform.store;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDaySeries;

/** Planned activities as revisions 1 and 2 stored them, read through the chain as revision 3: the project's own. */
class SubProjectActivityUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String PROJECT_ID = "yaya-network-2022";

    /** Revision 2 of a planned activity: the methodical day of seed 004 as a series of two sessions. */
    static final String ACTIVITY_PLANNED_V2 = """
            {"projectId":"yaya-network-2022","activityId":"methodical-day","plan":{"taskNumber":2,
            "title":"Муниципальный методический день Центров образования «Точка роста» (педагоги)",
            "startDate":"2023-04-01","deadline":"2024-04-30","responsible":"МБУ ИМЦ УО Яйского округа",
            "participants":"Руководители Центров образования «Точка роста»",
            "expectedResult":"100 % педагогов Центров образования «Точка роста» приняли участие. Не менее 30% педагогов внедряют опыт коллег",
            "timing":"Апрель 2023, 2024 г","plannedSessions":2}}""";

    @Test
    @DisplayName("an activity planned at revision 2 reads as revision 3 of no sub-project")
    void revision2ReadsAsTheProjectsOwn() throws Exception {
        DomainEventMessage<?> read = read("2", ACTIVITY_PLANNED_V2);

        assertThat(read.getPayload()).isEqualTo(new ActivityPlannedEvent(PROJECT_ID, "methodical-day",
                methodicalDaySeries(), null));
        var upcast = JSON.readTree(read.serializePayload(SERIALIZER, byte[].class).getData());
        assertThat(upcast.has("subProjectId")).isTrue();
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getType().getRevision()).isEqualTo("3");
    }

    @Test
    @DisplayName("an activity planned at revision 1 passes the plan's upcaster, then this one")
    void revision1PassesBoth() {
        DomainEventMessage<?> read = read("1", PlanUpcasterTest.ACTIVITY_PLANNED_V1);

        assertThat(read.getPayload()).isEqualTo(new ActivityPlannedEvent(PROJECT_ID, "conference-viii",
                conferenceActivity(), null));
    }

    @Test
    @DisplayName("an activity of a sub-project stored at revision 3 is read as stored")
    void revision3AsStored() {
        ActivityPlannedEvent event = new ActivityPlannedEvent(PROJECT_ID, "conference-viii", conferenceActivity(),
                "sub-project-ishim");
        byte[] payload = SERIALIZER.serialize(event, byte[].class).getData();

        DomainEventMessage<?> read = read("3", new String(payload, StandardCharsets.UTF_8));

        assertThat(read.getPayload()).isEqualTo(event);
    }

    private static DomainEventMessage<?> read(String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-03-20T03:00:00Z"), ActivityPlannedEvent.class.getName(), revision,
                json.replace("\n", "").getBytes(StandardCharsets.UTF_8), "{}".getBytes());
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new EventUpcasterChain(new PlanUpcaster(), new SubProjectActivityUpcaster())).next();
    }
}
