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
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ManagementAction;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;

/** The plan's events as revision 1 stored them, written out as they were, read as revision 2. */
class PlanUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String PROJECT_ID = "yaya-network-2022";

    /** Revision 1 of a planned activity: the conference of seed 004 with its task, deadline and responsible. */
    static final String ACTIVITY_PLANNED_V1 = """
            {"projectId":"yaya-network-2022","activityId":"conference-viii","plan":{"taskNumber":2,
            "title":"VIII муниципальная научно-практическая конференция исследовательских работ обучающихся 5-9 классов",
            "startDate":"2023-03-01","deadline":"2023-03-31","responsible":"МБУ ИМЦ УО Яйского округа",
            "participants":"Сикора М.С.","expectedResult":"20% обучающихся 8-9 классов, планирующих сдачу экзамена по физике, химии, биологии, представили исследовательскую работу по соответствующему направлению"}}""";
    static final String DEVIATION_V1 = """
            {"projectId":"yaya-network-2022","activityId":"methodical-day-2023","deviation":{
            "reason":"Отменён подвоз педагогов из-за паводка","managementAction":"Методический день перенесён на май"}}""";
    static final String HELD_EVENT_V1 = """
            {"projectId":"yaya-network-2022","heldEventId":"held-conference","event":{"date":"2023-03-17",
            "title":"VIII муниципальная научно-практическая конференция исследовательских работ обучающихся 5-9 классов",
            "level":"MUNICIPAL","format":"очно, на базе Центров образования «Точка роста»",
            "participants":{"teachers":14,"students":52,"parents":0,"others":3},
            "resultsAndProducts":"Обучающиеся 8-9 классов, планирующие сдачу ОГЭ по физике, химии, биологии, представили исследовательские работы по соответствующему направлению",
            "activityId":"conference-viii"}}""";

    @Test
    @DisplayName("an activity planned at revision 1 reads as a one-off activity with its task, deadline and responsible")
    void activityPlannedAtRevision1() {
        DomainEventMessage<?> read = read(ActivityPlannedEvent.class, ACTIVITY_PLANNED_V1);

        assertThat(read.getPayload()).isEqualTo(new ActivityPlannedEvent(PROJECT_ID, "conference-viii", conferenceActivity()));
        assertThat(((ActivityPlannedEvent) read.getPayload()).plan().plannedSessions()).isNull();
    }

    @Test
    @DisplayName("a deviation recorded at revision 1 reads with its one management action as a list of one citing no act")
    void deviationAtRevision1() {
        DomainEventMessage<?> read = read(ActivityDeviationRecordedEvent.class, DEVIATION_V1);

        assertThat(read.getPayload()).isEqualTo(new ActivityDeviationRecordedEvent(PROJECT_ID, "methodical-day-2023",
                new Deviation("Отменён подвоз педагогов из-за паводка",
                        List.of(new ManagementAction("Методический день перенесён на май", null)))));
    }

    @Test
    @DisplayName("a held event recorded at revision 1 reads with no presenters, no audience, no month")
    void heldEventAtRevision1() throws Exception {
        DomainEventMessage<?> read = read(HeldEventRecordedEvent.class, HELD_EVENT_V1);

        assertThat(read.getPayload()).isEqualTo(new HeldEventRecordedEvent(PROJECT_ID, "held-conference",
                conferenceHeld("conference-viii")));
        var upcast = JSON.readTree(read.serializePayload(SERIALIZER, byte[].class).getData());
        assertThat(upcast.path("event").path("presenters").isArray()).isTrue();
        assertThat(upcast.path("event").path("audience").isArray()).isTrue();
    }

    @Test
    @DisplayName("a held event stored at revision 2 is read as stored")
    void revision2AsStored() {
        HeldEventRecordedEvent event = new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld(null));
        byte[] payload = SERIALIZER.serialize(event, byte[].class).getData();

        DomainEventMessage<?> read = read(event.getClass().getName(), "2", payload);

        assertThat(read.getPayload()).isEqualTo(event);
        assertThat(read.serializePayload(SERIALIZER, byte[].class).getData()).isEqualTo(payload);
    }

    private static DomainEventMessage<?> read(Class<?> type, String revision1Json) {
        return read(type.getName(), "1", revision1Json.replace("\n", "").getBytes(StandardCharsets.UTF_8));
    }

    private static DomainEventMessage<?> read(String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-03-20T03:00:00Z"), type, revision, payload, "{}".getBytes());
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), SERIALIZER,
                new EventUpcasterChain(new PlanUpcaster(), new HeldEventCategoriesUpcaster())).next();
    }
}
