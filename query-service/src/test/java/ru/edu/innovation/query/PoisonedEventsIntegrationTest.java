package ru.edu.innovation.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events that got into the store without passing the command API's limits (stored before it had
 * them, or by another path) are written straight into the event store here, each followed by a
 * normal project's events: the views must go on serving the next project, show what they can, and
 * park what they cannot — per project, in order — for an administrator to retry or skip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonedEventsIntegrationTest extends ReadSideIntegrationTest {

    private static final String PARKED_EVENTS = "/api/admin/parked-events";
    private static final Pattern PARKED_GAUGE = Pattern.compile(
            "^innovation_projection_parked\\{[^}]*processor=\"project-cards\"[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final String INSERT = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Autowired
    private ObjectMapper objectMapper;

    /** The stored registration of a normal project: what the poisoned events are made from. */
    private Map<String, Object> registration;
    private final List<String> written = new ArrayList<>();

    @BeforeAll
    void storeATemplate() {
        String template = new SeedJourneys(this).yayaDraft();
        registration = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 0", template);
    }

    @AfterEach
    void removeWhatWasWritten() {
        jdbc.execute("ALTER TABLE project_card DROP CONSTRAINT IF EXISTS poison_test_refused_theme");
        for (String projectId : written) {
            jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", projectId);
            jdbc.update("DELETE FROM pending_review WHERE project_id = ?", projectId);
            jdbc.update("DELETE FROM pending_review_project WHERE project_id = ?", projectId);
            jdbc.update("DELETE FROM held_event_page WHERE project_id = ?", projectId);
            jdbc.update("DELETE FROM card_checkpoint WHERE project_id = ?", projectId);
            jdbc.update("DELETE FROM project_card WHERE project_id = ?", projectId);
        }
        written.clear();
        jdbc.update("DELETE FROM dead_letter_entry");
    }

    @Test
    @DisplayName("a territory of 100,000 characters, NUL in the theme, a 1 MB goal and a target of 1E-10000000: "
            + "every view shows them and the next project's events")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void extremeValuesAreProjected() {
        // Longer than a btree index entry can hold, even compressed.
        StringBuilder territory = new StringBuilder("Яйский округ");
        while (territory.length() < 100_000) {
            territory.append(' ').append(UUID.randomUUID());
        }
        String longTerritory = territory.toString();
        String territoryProject = storeRegistration(details -> ((ObjectNode) details.path("leadOrganization"))
                .put("territory", longTerritory));
        String nulProject = storeRegistration(details -> details.put("theme", "Сетевая\u0000модель"));
        String megabyteGoal = "ц".repeat(1_000_000);
        String goalProject = storeRegistration(details -> details.put("goal", megabyteGoal));
        String numberProject = storeRegistration(details -> {
        });
        store(numberProject, 1, "ru.edu.innovation.api.indicator.IndicatorDefinedEvent", """
                {"projectId":"%s","indicatorId":"tiny","definition":{"name":"Доля","unit":"%%","baseline":10,
                 "target":1E-10000000,"collectionMethod":"Мониторинг"}}""".formatted(numberProject));
        store(numberProject, 2, "ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent", """
                {"projectId":"%s","indicatorId":"tiny","value":{"period":{"from":"2023-01-01","to":"2023-08-31"},
                 "value":5}}""".formatted(numberProject));
        String next = new SeedJourneys(this).mariinskDraft();

        eventually(() -> as("panina").getForEntity("/api/projects/{id}", Map.class, next).getStatusCode() == HttpStatus.OK);
        Map territoryCard = card(territoryProject);
        assertThat(((Map) ((Map) territoryCard.get("details")).get("leadOrganization")).get("territory"))
                .isEqualTo(longTerritory);
        assertThat(((Map) card(nulProject).get("details")).get("theme")).isEqualTo("Сетевая\u0000модель");
        assertThat(((Map) card(goalProject).get("details")).get("goal")).isEqualTo(megabyteGoal);
        eventually(() -> ((Number) card(numberProject).get("version")).longValue() == 2);
        long started = System.nanoTime();
        ResponseEntity<String> indicators = as("panina").getForEntity("/api/projects/{id}/indicators", String.class,
                numberProject);
        assertThat(indicators.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(indicators.getBody()).hasSizeLessThan(10_000).contains("\"shareOfTarget\":50.0");
        assertThat(jdbc.queryForObject("SELECT territory FROM project_card WHERE project_id = ?", String.class,
                territoryProject)).isEqualTo(longTerritory);
        assertThat(jdbc.queryForObject("SELECT theme FROM project_card WHERE project_id = ?", String.class,
                nulProject)).isEqualTo("Сетевая\uFFFDмодель");
        assertThat(parked()).isEmpty();
        assertThat(parkedGauge()).isZero();
    }

    @Test
    @DisplayName("an unreadable event is parked with its project's later events behind it while the next project is "
            + "served; listed, counted, reported by health; a retry fails again, a skip lets the rest through")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void unreadableEventIsParkedAndSkipped() {
        String poisoned = storeRegistration(details -> {
        });
        // Of a kind only the card reads: the review queue has no handler for it and is not held up.
        String unreadableId = store(poisoned, 1, "ru.edu.innovation.api.indicator.IndicatorDefinedEvent",
                "{\"projectId\":\"" + poisoned + "\",\"indicatorId\":\"tiny\",\"definition\":{\"name\":");
        String behindId = store(poisoned, 2, "ru.edu.innovation.api.project.ProjectDraftUpdatedEvent",
                updatePayload(poisoned, "Тема после пропущенного события"));
        String next = new SeedJourneys(this).mariinskDraft();

        eventually(() -> as("panina").getForEntity("/api/projects/{id}", Map.class, next).getStatusCode() == HttpStatus.OK);
        eventually(() -> parked().size() == 2);
        List<Map> parked = parked();
        assertThat(parked).extracting(event -> event.get("eventId")).containsExactly(unreadableId, behindId);
        Map first = parked.get(0);
        assertThat(first).containsEntry("processingGroup", "project-cards").containsEntry("projectId", poisoned)
                .containsEntry("sequenceNumber", 1).containsEntry("eventType", "IndicatorDefinedEvent")
                .containsEntry("waitingBehind", false).containsEntry("attempts", 1)
                .containsKeys("parkedAt", "errorMessage");
        assertThat((String) first.get("errorClass")).contains("jackson");
        assertThat(((Number) first.get("globalIndex")).longValue()).isEqualTo(globalIndexOf(unreadableId));
        assertThat(parked.get(1)).containsEntry("waitingBehind", true).containsEntry("attempts", 0);
        assertThat(((Number) card(poisoned).get("version")).longValue()).isZero();
        assertThat(parkedGauge()).isEqualTo(2);
        ResponseEntity<Map> health = rest.getForEntity("/actuator/health/parked-events", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(health.getBody()).containsEntry("status", "OUT_OF_SERVICE");
        // Ready while the events stay parked (run first, the service may still be reading the store it started on).
        eventually(() -> rest.getForEntity("/actuator/health/readiness", Map.class).getStatusCode() == HttpStatus.OK);
        assertThat(parkedGauge()).isEqualTo(2);

        ResponseEntity<Map> forbidden = as("panina").getForEntity(PARKED_EVENTS, Map.class);
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> unknown = admin().postForEntity(PARKED_EVENTS + "/{id}/retry", null, Map.class, "nothing");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("code", "PARKED_EVENT_NOT_FOUND");
        ResponseEntity<Map> notFirst = admin().postForEntity(PARKED_EVENTS + "/{id}/retry", null, Map.class, behindId);
        assertThat(notFirst.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notFirst.getBody()).containsEntry("code", "PARKED_EVENT_NOT_FIRST")
                .containsEntry("firstParkedEventId", unreadableId);

        ResponseEntity<List> retried = admin().postForEntity(PARKED_EVENTS + "/{id}/retry", null, List.class, unreadableId);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).hasSize(2);
        assertThat((Map) retried.getBody().get(0)).containsEntry("eventId", unreadableId).containsEntry("attempts", 2);

        ResponseEntity<List> skipped = admin().postForEntity(PARKED_EVENTS + "/{id}/skip", null, List.class, unreadableId);
        assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(skipped.getBody()).isEmpty();
        Map card = card(poisoned);
        assertThat(((Number) card.get("version")).longValue()).isEqualTo(2);
        assertThat(((Map) card.get("details")).get("theme")).isEqualTo("Тема после пропущенного события");
        assertThat(parked()).isEmpty();
        assertThat(parkedGauge()).isZero();
        assertThat(rest.getForEntity("/actuator/health/parked-events", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("an event the review queue cannot read is parked in the queue's own group too, with the project's "
            + "later events behind it, while the queue goes on with the next project")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void reviewQueueParksWhatItCannotRead() {
        String poisoned = storeRegistration(details -> {
        });
        String unreadableId = store(poisoned, 1, "ru.edu.innovation.api.project.ProjectDraftUpdatedEvent",
                "{\"projectId\":\"" + poisoned + "\",\"details\":{\"theme\":");
        String behindId = store(poisoned, 2, "ru.edu.innovation.api.project.ProjectDraftUpdatedEvent",
                updatePayload(poisoned, "Тема после непрочитанного события"));
        String next = new SeedJourneys(this).mariinskDraft();

        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM pending_review_project WHERE project_id = ?",
                Long.class, next) == 1);
        eventually(() -> parked().stream().filter(event -> "pending-reviews".equals(event.get("processingGroup")))
                .count() == 2);
        List<Map> queueParked = parked().stream()
                .filter(event -> "pending-reviews".equals(event.get("processingGroup"))).toList();
        assertThat(queueParked).extracting(event -> event.get("eventId")).containsExactly(unreadableId, behindId);
        assertThat(queueParked.get(0)).containsEntry("projectId", poisoned).containsEntry("waitingBehind", false)
                .containsEntry("eventType", "ProjectDraftUpdatedEvent");
        assertThat((String) queueParked.get(0).get("errorClass")).contains("jackson");
        assertThat(queueParked.get(1)).containsEntry("waitingBehind", true);
        assertThat(jdbc.queryForObject("SELECT version FROM pending_review_project WHERE project_id = ?", Long.class,
                poisoned)).as("the queue kept the project as it was before the unreadable event").isZero();
        assertThat(parked()).filteredOn(event -> "project-cards".equals(event.get("processingGroup")))
                .extracting(event -> event.get("eventId")).containsExactly(unreadableId, behindId);

        // Parked by both projections: one skip drops it from both and lets the event behind it through in each.
        ResponseEntity<List> skipped = admin().postForEntity(PARKED_EVENTS + "/{id}/skip", null, List.class, unreadableId);
        assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(skipped.getBody()).isEmpty();
        assertThat(parked()).isEmpty();
        assertThat(((Map) card(poisoned).get("details")).get("theme")).isEqualTo("Тема после непрочитанного события");
        assertThat(jdbc.queryForObject("SELECT version FROM pending_review_project WHERE project_id = ?", Long.class,
                poisoned)).isEqualTo(2);
    }

    @Test
    @DisplayName("a card the database refuses when the batch commits: the batch is retried event by event, only that "
            + "project is parked, and a retry once the cause is gone projects it and the events behind it")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void refusedAtCommitIsIsolatedAndRetried() {
        // Stands for anything the database refuses when the batch is written (it is written at commit).
        jdbc.execute("ALTER TABLE project_card ADD CONSTRAINT poison_test_refused_theme"
                + " CHECK (theme <> 'Тема, которую отвергает база')");
        String refused = storeRegistration(details -> details.put("theme", "Тема, которую отвергает база"));
        String behindId = store(refused, 1, "ru.edu.innovation.api.project.ProjectDraftUpdatedEvent",
                updatePayload(refused, "Тема, которую отвергает база"));
        String next = new SeedJourneys(this).mariinskDraft();

        eventually(() -> as("panina").getForEntity("/api/projects/{id}", Map.class, next).getStatusCode() == HttpStatus.OK);
        eventually(() -> parked().size() == 2);
        assertThat(parked()).extracting(event -> event.get("projectId")).containsOnly(refused);
        assertThat(parked().get(0)).containsEntry("sequenceNumber", 0).containsEntry("waitingBehind", false);
        assertThat((String) parked().get(0).get("errorMessage")).contains("poison_test_refused_theme");
        assertThat(parked().get(1)).containsEntry("eventId", behindId);
        assertThat(as("panina").getForEntity("/api/projects/{id}", Map.class, refused).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        jdbc.execute("ALTER TABLE project_card DROP CONSTRAINT poison_test_refused_theme");
        String firstId = (String) parked().get(0).get("eventId");
        ResponseEntity<List> retried = admin().postForEntity(PARKED_EVENTS + "/{id}/retry", null, List.class, firstId);

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).isEmpty();
        assertThat(((Number) card(refused).get("version")).longValue()).isEqualTo(1);
        assertThat(parkedGauge()).isZero();
    }

    @Test
    @DisplayName("a rebuild starts with no parked events: what was parked is replayed with the rest")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void rebuildStartsWithNoParkedEvents() {
        jdbc.execute("ALTER TABLE project_card ADD CONSTRAINT poison_test_refused_theme"
                + " CHECK (theme <> 'Тема, которую отвергает база')");
        String refused = storeRegistration(details -> details.put("theme", "Тема, которую отвергает база"));
        eventually(() -> parked().size() == 1);
        jdbc.execute("ALTER TABLE project_card DROP CONSTRAINT poison_test_refused_theme");

        AdminApi rebuild = new AdminApi(rest);
        assertThat(rebuild.startRebuild().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(rebuild.awaitRebuildFinished()).containsEntry("state", "DONE");

        assertThat(parked()).isEmpty();
        eventually(() -> as("panina").getForEntity("/api/projects/{id}", Map.class, refused).getStatusCode()
                == HttpStatus.OK);
        new SeedJourneys(this).awaitViewsCaughtUp();
    }

    /** A copy of the template's registration as a new project's first event, its details changed by {@code change}. */
    private String storeRegistration(java.util.function.Consumer<ObjectNode> change) {
        String projectId = UUID.randomUUID().toString();
        try {
            ObjectNode payload = (ObjectNode) objectMapper.readTree((byte[]) registration.get("payload"));
            payload.put("projectId", projectId);
            change.accept((ObjectNode) payload.path("details"));
            store(projectId, 0, (String) registration.get("payload_type"), objectMapper.writeValueAsString(payload));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return projectId;
    }

    private String updatePayload(String projectId, String theme) {
        try {
            ObjectNode payload = (ObjectNode) objectMapper.readTree((byte[]) registration.get("payload"));
            payload.put("projectId", projectId);
            ((ObjectNode) payload.path("details")).put("theme", theme);
            return objectMapper.writeValueAsString(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an event straight into the store, as an old event (or another writer) would have; answers its id. */
    private String store(String projectId, long sequence, String payloadType, String payload) {
        if (!written.contains(projectId)) {
            written.add(projectId);
        }
        String eventId = UUID.randomUUID().toString();
        jdbc.update(INSERT, eventId, projectId, sequence, registration.get("type"), registration.get("time_stamp"),
                // The revision stored now: an older one would go through the upcasters first.
                payloadType, registration.get("payload_revision"), payload.getBytes(StandardCharsets.UTF_8),
                registration.get("meta_data"));
        return eventId;
    }

    private long globalIndexOf(String eventId) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, eventId);
    }

    @SuppressWarnings("rawtypes")
    private Map card(String projectId) {
        eventually(() -> as("panina").getForEntity("/api/projects/{id}", Map.class, projectId).getStatusCode()
                == HttpStatus.OK);
        return as("panina").getForObject("/api/projects/{id}", Map.class, projectId);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Map> parked() {
        ResponseEntity<List> response = admin().getForEntity(PARKED_EVENTS, List.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private double parkedGauge() {
        Matcher gauge = PARKED_GAUGE.matcher(admin().getForObject("/actuator/prometheus", String.class));
        assertThat(gauge.find()).as("the parked gauge is exported").isTrue();
        return Double.parseDouble(gauge.group(1));
    }

    private org.springframework.boot.test.web.client.TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "admin");
    }
}
