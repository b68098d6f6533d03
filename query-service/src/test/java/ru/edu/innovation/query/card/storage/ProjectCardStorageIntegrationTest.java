package ru.edu.innovation.query.card.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.query.ReadSideIntegrationTest;
import ru.edu.innovation.query.card.HeldEventView;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScoreBiology;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;

/** The card's storage on the machine's PostgreSQL: documents, columns and pages of held events written and read back. */
class ProjectCardStorageIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private ProjectCardRepository cards;
    @Autowired
    private ObjectMapper json;

    @Test
    @DisplayName("a stored card keeps its indicators in the order they were defined, as the replayed card does")
    void storedCardKeepsRecordedOrder() {
        ProjectCard card = ProjectHistory.yayaActive()
                .then(new IndicatorDefinedEvent(ProjectHistory.PROJECT_ID, "zz-physics", ogeAverageScorePhysics()))
                .then(new IndicatorDefinedEvent(ProjectHistory.PROJECT_ID, "aa-biology", ogeAverageScoreBiology()))
                .card();
        try {
            cards.writeRows(List.of(stored(card)), List.of(), List.of());

            assertThat(cards.find(ProjectHistory.PROJECT_ID).orElseThrow().indicators().keySet())
                    .containsExactly("zz-physics", "aa-biology");
        } finally {
            jdbc.update("DELETE FROM project_card WHERE project_id = ?", ProjectHistory.PROJECT_ID);
        }
    }

    @Test
    @DisplayName("held events copied into pages come back exactly and in their stream's order: escaped text, no activity, a moment before 2000; a card only advanced keeps its document")
    void heldEventPagesRoundTrip() throws Exception {
        ProjectCard card = ProjectHistory.yayaActive().card();
        HeldEvent escaped = new HeldEvent(LocalDate.of(1999, 12, 31), "Семинар \"Точка роста\" \\ итоги\nгода",
                EventLevel.REGIONAL, "онлайн\t(ВКС)", new ParticipantCounts(3, 0, 1, 0), "Резолюция 😀 принята", null);
        Instant beforeTwoThousand = Instant.parse("1999-12-31T23:59:59.999Z");
        Instant later = Instant.parse("2023-03-20T04:15:30.123Z");
        HeldEventJson first = held(card.projectId(), 10, "held-escaped", escaped, beforeTwoThousand);
        HeldEventJson second = held(card.projectId(), 11, "held-planned", conferenceHeld("unknown-activity"), later);
        // A later batch's page, with a moment earlier than the first page's: the stream's order counts.
        HeldEventJson third = held(card.projectId(), 12, "held-third", conferenceHeld(null), beforeTwoThousand);
        try {
            cards.writeRows(List.of(stored(card)), List.of(), List.of(first, second));
            // The later batch recorded only a held event: the card is advanced, not written again.
            String document = jdbc.queryForObject("SELECT card::text FROM project_card WHERE project_id = ?",
                    String.class, card.projectId());
            cards.writeRows(List.of(), List.of(StoredCard.position(card.projectId(), 12, later)), List.of(third));

            assertThat(jdbc.queryForObject("SELECT card::text FROM project_card WHERE project_id = ?", String.class,
                    card.projectId())).isEqualTo(document);
            assertThat(cards.versionOf(card.projectId())).isEqualTo(12);
            ProjectCard found = cards.find(card.projectId()).orElseThrow();
            assertThat(found.version()).isEqualTo(12);
            assertThat(found.updatedAt()).isEqualTo(later);

            assertThat(cards.findComplete(card.projectId()).orElseThrow().unplannedEvents()).containsExactly(
                    new HeldEventView("held-escaped", escaped, beforeTwoThousand),
                    new HeldEventView("held-planned", conferenceHeld("unknown-activity"), later),
                    new HeldEventView("held-third", conferenceHeld(null), beforeTwoThousand));
            assertThat(jdbc.queryForList("SELECT first_sequence FROM held_event_page WHERE project_id = ?"
                    + " ORDER BY first_sequence", Long.class, card.projectId())).containsExactly(10L, 12L);
        } finally {
            jdbc.update("DELETE FROM held_event_page WHERE project_id = ?", card.projectId());
            jdbc.update("DELETE FROM project_card WHERE project_id = ?", card.projectId());
        }
    }

    @Test
    @DisplayName("a batch's many held events of one project go into several pages of about 32 KB, read back in order")
    void manyHeldEventsSplitIntoPages() throws Exception {
        ProjectCard card = ProjectHistory.yayaActive().card();
        Instant at = Instant.parse("2023-03-20T04:15:30.123Z");
        List<HeldEventJson> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(held(card.projectId(), 10 + i, "held-" + i, conferenceHeld(null), at));
        }
        try {
            cards.writeRows(List.of(stored(card)), List.of(), many);

            assertThat(cards.findComplete(card.projectId()).orElseThrow().unplannedEvents())
                    .extracting(HeldEventView::heldEventId)
                    .containsExactlyElementsOf(many.stream().map(HeldEventJson::heldEventId).toList());
            List<Integer> pageBytes = jdbc.queryForList("SELECT octet_length(held::text) FROM held_event_page"
                    + " WHERE project_id = ? ORDER BY first_sequence", Integer.class, card.projectId());
            assertThat(pageBytes).hasSizeGreaterThan(1).allSatisfy(bytes -> assertThat(bytes).isLessThan(40 * 1024));
        } finally {
            jdbc.update("DELETE FROM held_event_page WHERE project_id = ?", card.projectId());
            jdbc.update("DELETE FROM project_card WHERE project_id = ?", card.projectId());
        }
    }

    private HeldEventJson held(String projectId, long sequence, String heldEventId, HeldEvent event, Instant at)
            throws Exception {
        return HeldEventJson.fromPayload(projectId, sequence,
                json.writeValueAsBytes(new HeldEventRecordedEvent(projectId, heldEventId, event)), at);
    }

    /** The card as a batch that folded it writes it. */
    private static StoredCard stored(ProjectCard card) {
        return StoredCard.withDocument(card.projectId(), card, card.version(), card.updatedAt());
    }
}
