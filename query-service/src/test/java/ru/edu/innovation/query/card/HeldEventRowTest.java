package ru.edu.innovation.query.card;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.edu.innovation.api.seed.SeedProjects.conferenceHeld;

class HeldEventRowTest {

    private static final String PROJECT = "yaya-network";
    private static final Instant RECORDED_AT = Instant.parse("2023-03-20T04:15:30.123Z");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    @DisplayName("the row of a held event is the view the card's fold makes of it, from the payload as stored")
    void rowIsTheFoldedView() throws Exception {
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent(PROJECT, "held-1", conferenceHeld("activity-7"));

        HeldEventRow row = HeldEventRow.fromPayload(PROJECT, json.writeValueAsBytes(recorded), RECORDED_AT);

        assertThat(row.projectId()).isEqualTo(PROJECT);
        assertThat(row.heldEventId()).isEqualTo("held-1");
        assertThat(row.activityId()).isEqualTo("activity-7");
        assertThat(row.recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(json.readValue(row.held(), HeldEventView.class))
                .isEqualTo(new HeldEventView("held-1", recorded.event(), RECORDED_AT));
    }

    @Test
    @DisplayName("an event beyond the plan has no activity, and text that JSON escapes is copied intact")
    void unplannedEventWithEscapedText() throws Exception {
        HeldEvent event = new HeldEvent(LocalDate.of(2023, 5, 2), "Семинар \"Точка роста\" \\ итоги\nгода",
                EventLevel.REGIONAL, "онлайн\t(ВКС)", new ParticipantCounts(3, 0, 1, 0), "Резолюция 😀 принята", null);
        HeldEventRecordedEvent recorded = new HeldEventRecordedEvent(PROJECT, "held-\"2\"", event);

        HeldEventRow row = HeldEventRow.fromPayload(PROJECT, json.writeValueAsBytes(recorded), RECORDED_AT);

        assertThat(row.activityId()).isNull();
        assertThat(row.heldEventId()).isEqualTo("held-\"2\"");
        assertThat(json.readValue(row.held(), HeldEventView.class))
                .isEqualTo(new HeldEventView("held-\"2\"", event, RECORDED_AT));
    }

    @Test
    @DisplayName("the payload's fields are found in any order, and fields it does not know are passed over")
    void anyFieldOrder() throws Exception {
        String eventJson = json.writeValueAsString(conferenceHeld("activity-7"));
        String payload = "{\"event\":" + eventJson + ",\"addedLater\":{\"nested\":[1,{\"heldEventId\":\"no\"}]},"
                + "\"heldEventId\":\"held-3\",\"projectId\":\"" + PROJECT + "\"}";

        HeldEventRow row = HeldEventRow.fromPayload(PROJECT, payload.getBytes(StandardCharsets.UTF_8), RECORDED_AT);

        assertThat(row.heldEventId()).isEqualTo("held-3");
        assertThat(row.activityId()).isEqualTo("activity-7");
        assertThat(json.readValue(row.held(), HeldEventView.class).event()).isEqualTo(conferenceHeld("activity-7"));
    }

    @Test
    @DisplayName("a stored payload without the held event's id is refused, not stored as a row without one")
    void payloadWithoutIdIsRefused() {
        byte[] payload = "{\"projectId\":\"yaya-network\",\"event\":{\"title\":\"x\"}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HeldEventRow.fromPayload(PROJECT, payload, RECORDED_AT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("heldEventId");
    }
}
