package ru.edu.innovation.query.card.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;

import ru.edu.innovation.platform.store.HeldEventCategoriesUpcaster;
import ru.edu.innovation.query.card.HeldEventView;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;

class HeldEventJsonTest {

    private static final String PROJECT = "yaya-network";
    private static final Instant RECORDED_AT = Instant.parse("2023-03-20T04:15:30.123Z");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    @DisplayName("a held event's JSON is the view the card's fold makes of it, from the payload as stored")
    void jsonIsTheFoldedView() throws Exception {
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent(PROJECT, "held-1", conferenceHeld("activity-7"));

        HeldEventJson held = HeldEventJson.fromPayload(PROJECT, 7, json.writeValueAsBytes(recorded), RECORDED_AT);

        assertThat(held.projectId()).isEqualTo(PROJECT);
        assertThat(held.sequence()).isEqualTo(7);
        assertThat(held.heldEventId()).isEqualTo("held-1");
        assertThat(json.readValue(held.view(), HeldEventView.class))
                .isEqualTo(new HeldEventView("held-1", recorded.event(), RECORDED_AT));
    }

    @Test
    @DisplayName("an event beyond the plan has no activity, and text that JSON escapes is copied intact")
    void unplannedEventWithEscapedText() throws Exception {
        HeldEvent event = new HeldEvent(LocalDate.of(2023, 5, 2), "Семинар \"Точка роста\" \\ итоги\nгода",
                EventLevel.REGIONAL, "онлайн\t(ВКС)", new ParticipantCounts(3, 0, 1, 0), "Резолюция 😀 принята", null);
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent(PROJECT, "held-\"2\"", event);

        HeldEventJson held = HeldEventJson.fromPayload(PROJECT, 7, json.writeValueAsBytes(recorded), RECORDED_AT);

        assertThat(held.heldEventId()).isEqualTo("held-\"2\"");
        assertThat(json.readValue(held.view(), HeldEventView.class))
                .isEqualTo(new HeldEventView("held-\"2\"", event, RECORDED_AT));
    }

    @Test
    @DisplayName("the payload's fields are found in any order, and fields it does not know are passed over")
    void anyFieldOrder() throws Exception {
        String eventJson = json.writeValueAsString(conferenceHeld("activity-7"));
        String payload = "{\"event\":" + eventJson + ",\"addedLater\":{\"nested\":[1,{\"heldEventId\":\"no\"}]},"
                + "\"heldEventId\":\"held-3\",\"projectId\":\"" + PROJECT + "\"}";

        HeldEventJson held = HeldEventJson.fromPayload(PROJECT, 7, payload.getBytes(StandardCharsets.UTF_8),
                RECORDED_AT);

        assertThat(held.heldEventId()).isEqualTo("held-3");
        assertThat(json.readValue(held.view(), HeldEventView.class).event()).isEqualTo(conferenceHeld("activity-7"));
    }

    @Test
    @DisplayName("a held event stored at revision 2 goes to its page by category, as the upcast payload reads")
    void revision2PayloadByCategory() throws Exception {
        String revision2 = "{\"projectId\":\"yaya-network\",\"heldEventId\":\"held-4\",\"event\":{\"date\":\"2023-03-17\","
                + "\"title\":\"Конференция\",\"level\":\"MUNICIPAL\",\"format\":null,"
                + "\"participants\":{\"teachers\":14,\"students\":52,\"parents\":0,\"others\":3},\"resultsAndProducts\":null,"
                + "\"activityId\":null,\"month\":null,\"presenters\":[],\"hostOrganization\":null,\"direction\":null,\"audience\":[]}}";
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
        DomainEventMessage<?> message = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(
                new GenericDomainEventEntry<>("InnovationProject", PROJECT, 4, "event-5", RECORDED_AT,
                        HeldEventRecordedEvent.class.getName(), "2", revision2.getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8))), serializer, new HeldEventCategoriesUpcaster()).next();

        HeldEventJson held = HeldEventJson.fromPayload(PROJECT, 4,
                message.serializePayload(serializer, byte[].class).getData(), RECORDED_AT);

        assertThat(json.readValue(held.view(), HeldEventView.class).event().participants()).containsExactly(
                new CategoryCount(ParticipantCategory.TEACHERS, null, 14),
                new CategoryCount(ParticipantCategory.STUDENTS, null, 52),
                new CategoryCount(ParticipantCategory.OTHER, null, 3));
    }

    @Test
    @DisplayName("a stored payload without the held event's id is refused, not stored as a view without one")
    void payloadWithoutIdIsRefused() {
        byte[] payload = "{\"projectId\":\"yaya-network\",\"event\":{\"title\":\"x\"}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HeldEventJson.fromPayload(PROJECT, 7, payload, RECORDED_AT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("heldEventId");
    }

    @Test
    @DisplayName("the event's end is found by following its strings and nesting, whatever its text holds")
    void endOfTheEvent() {
        for (String object : new String[]{"{}", "{\"a\":[1,{\"b\":[]}],\"c\":{}}",
                "{\"t\":\"} ] { [\"}", "{\"t\":\"quote \\\" inside\"}", "{\"t\":\"ends in a backslash \\\\\",\"n\":{}}",
                "{\"t\":\"Точка роста 😀 }\"}"}) {
            byte[] json = ("[0," + object + ",{\"next\":1}]").getBytes(StandardCharsets.UTF_8);
            int start = "[0,".length();

            assertThat(HeldEventJson.endOfObject(json, start))
                    .as(object)
                    .isEqualTo(start + object.getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(HeldEventJson.endOfObject("{\"open\":{}".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(-1);
    }
}
