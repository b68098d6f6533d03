package ru.edu.innovation.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read models are disposable: two projects are driven through their lifecycle, every view of them
 * is checked, then the administrator rebuilds the projections by replaying the store, and the
 * rebuilt rows must equal the live ones exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIntegrationTest extends ReadSideIntegrationTest {

    private static final Pattern LAG = Pattern.compile(
            "^innovation_projection_lag\\{[^}]*processor=\"project-cards\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    @Autowired
    private ObjectMapper objectMapper;

    private AdminApi admin;
    private String active;
    private String returned;

    @BeforeAll
    void driveTwoProjects() {
        admin = new AdminApi(rest);
        SeedJourneys journeys = new SeedJourneys(this);
        active = journeys.yayaWithReportAndStageAtInstitute();
        returned = journeys.yayaReturnedByInstitute();
        journeys.awaitViewsCaughtUp();
    }

    @Test
    @DisplayName("a rebuild by replay gives exactly the cards and review queue of the live run")
    @SuppressWarnings("rawtypes")
    void rebuildEqualsLive() {
        new SeedJourneys(this).awaitViewsCaughtUp();
        checkEveryView();
        Long headBefore = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        Map<String, Object> live = views();

        ResponseEntity<Map> started = admin.startRebuild();
        ResponseEntity<Map> again = admin.startRebuild();
        Map finished = admin.awaitRebuildFinished();

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).containsEntry("state", "RUNNING").containsKey("startedAt");
        assertThat((List) started.getBody().get("processors")).contains("project-cards", "pending-reviews");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("code", "REBUILD_ALREADY_RUNNING");
        assertThat(finished).containsEntry("state", "DONE").containsEntry("progress", 1.0).containsKey("finishedAt");
        Long tail = jdbc.queryForObject("SELECT min(global_index) - 1 FROM domain_event_entry", Long.class);
        assertThat(((Number) finished.get("eventsTotal")).longValue()).isEqualTo(headBefore - tail);
        assertThat(((Number) finished.get("eventsDone")).longValue()).isEqualTo(headBefore - tail);
        assertThat(jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class))
                .as("no event was stored while rebuilding").isEqualTo(headBefore);
        assertThat(views()).isEqualTo(live);
        checkEveryView();
    }

    @Test
    @DisplayName("only an administrator starts or follows a rebuild; others get 403 problem details")
    @SuppressWarnings("rawtypes")
    void onlyAdministrators() {
        for (String user : List.of("sikora", "panina", "minobr", "auditor")) {
            ResponseEntity<Map> start = as(user).postForEntity(AdminApi.REBUILD, null, Map.class);
            ResponseEntity<Map> follow = as(user).getForEntity(AdminApi.REBUILD, Map.class);
            assertThat(start.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(start.getBody()).as(user).containsEntry("code", "FORBIDDEN");
            assertThat(follow.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(follow.getBody()).as(user).containsEntry("code", "FORBIDDEN");
        }
        assertThat(rest.postForEntity(AdminApi.REBUILD, null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin.rebuildStatus()).containsKey("state");
    }

    @Test
    @DisplayName("the lag of the projection is published for Prometheus and is 0 once it has caught up")
    void lagGauge() {
        new SeedJourneys(this).awaitViewsCaughtUp();
        eventually(() -> lag().orElse(-1) == 0);

        String scrape = rest.withBasicAuth("admin", "admin").getForObject("/actuator/prometheus", String.class);
        assertThat(scrape).contains("innovation_projection_rebuild_progress", "innovation_projection_rebuild_events");
    }

    /** Every view this service keeps of the two projects, as a reader sees it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void checkEveryView() {
        Map card = as("panina").getForObject("/api/projects/{id}", Map.class, active);
        assertThat(card).containsEntry("status", "ACTIVE").containsEntry("currentStage", 1);
        assertThat(((List<Map>) card.get("stages")).get(0)).containsEntry("step", "AWAITING_INSTITUTE");
        assertThat(((Map<String, Map>) card.get("reports")).values()).singleElement()
                .satisfies(report -> assertThat(report).containsEntry("step", "AWAITING_INSTITUTE"));
        assertThat((Map) card.get("activities")).hasSize(1);
        assertThat(((Map<String, Map>) card.get("indicators")).values()).singleElement()
                .satisfies(indicator -> assertThat((List) indicator.get("values")).hasSize(1));

        Map back = as("panina").getForObject("/api/projects/{id}", Map.class, returned);
        assertThat(back).containsEntry("status", "RETURNED");
        assertThat((List<Map>) back.get("application")).extracting(step -> step.get("decision"))
                .containsExactly(null, null, "RETURN_FOR_REVISION");

        Map registry = as("minobr").getForObject("/api/projects?organization=imc-yaya&size=200", Map.class);
        assertThat((List<Map>) registry.get("items")).extracting(item -> item.get("projectId"))
                .contains(active, returned);

        assertThat(jdbc.queryForList("SELECT item FROM pending_review WHERE project_id = ? ORDER BY item",
                String.class, active)).containsExactly("REPORT", "STAGE_COMPLETION");
        assertThat(jdbc.queryForList("SELECT item FROM pending_review WHERE project_id = ?", String.class, returned))
                .isEmpty();

        for (String projectId : List.of(active, returned)) {
            Map history = as("auditor").getForObject("/api/projects/{id}/history?size=500", Map.class, projectId);
            assertThat(((Number) history.get("total")).longValue()).isEqualTo(storedVersion(projectId) + 1);
            Map verification = as("auditor").getForObject("/api/projects/{id}/verify", Map.class, projectId);
            assertThat(verification).containsEntry("intact", true);
        }
    }

    /** Every row of the card and review-queue tables, their documents as parsed JSON trees. */
    private Map<String, Object> views() {
        Map<String, Object> views = new LinkedHashMap<>();
        views.put("project_card", jdbc.queryForList("""
                SELECT project_id, version, status, level, territory, current_stage, lead_organization_id,
                       lead_organization_name, theme, goal, registered_at, updated_at, card::text AS card
                  FROM project_card ORDER BY project_id""").stream().map(row -> {
            Map<String, Object> parsed = new LinkedHashMap<>(row);
            parsed.put("card", json((String) row.get("card")));
            return parsed;
        }).toList());
        views.put("pending_review", jdbc.queryForList("SELECT * FROM pending_review ORDER BY project_id, item, item_id"));
        views.put("pending_review_project", jdbc.queryForList(
                "SELECT project_id, version, state::text AS state FROM pending_review_project ORDER BY project_id")
                .stream().map(row -> {
                    Map<String, Object> parsed = new LinkedHashMap<>(row);
                    parsed.put("state", json((String) row.get("state")));
                    return parsed;
                }).toList());
        return views;
    }

    private Object json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored card is not JSON", e);
        }
    }

    private OptionalDouble lag() {
        Matcher gauge = LAG.matcher(rest.withBasicAuth("admin", "admin").getForObject("/actuator/prometheus", String.class));
        return gauge.find() ? OptionalDouble.of(Double.parseDouble(gauge.group(1))) : OptionalDouble.empty();
    }
}
