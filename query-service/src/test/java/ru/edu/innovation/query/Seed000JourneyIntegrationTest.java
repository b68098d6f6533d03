package ru.edu.innovation.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.seeds.Seed000InterimReport;
import ru.edu.innovation.seeds.Seed000InterimReport.MonitoredIndicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.Seed000InterimReport.NETWORK_EVENTS_ROW;
import static ru.edu.innovation.seeds.Seed000InterimReport.PROJECTS_ROW;

/**
 * Seed 000, the Yaya network's interim report for 2022–2023, entered whole through command-service's
 * REST API by the seeds' people, its status through the real approval tasks, and every table read
 * back from the views value for value, the plan as of the period's end; the report's document
 * carries each table's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class Seed000JourneyIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private ObjectMapper objectMapper;

    private String projectId;
    private String reportId;
    private long version;
    private final List<String> activityIds = new ArrayList<>();

    @BeforeAll
    void enterTheDocument() {
        // Status by order 2469 (seed 000's title page), through the institute's and the ministry's tasks.
        projectId = new SeedJourneys(this).yayaRunning();
        String base = "/api/projects/" + projectId;

        for (ActivityPlan activity : Seed000InterimReport.plannedActivities()) {
            activityIds.add((String) command("sikora", base + "/activities", activity).getBody().get("id"));
        }
        String networkEvents = activityIds.get(NETWORK_EVENTS_ROW);
        command("sikora", base + "/held-events", Seed000InterimReport.districtEventsForTeachers(networkEvents));
        command("sikora", base + "/held-events", Seed000InterimReport.districtEventsForStudents(networkEvents));
        command("sikora", base + "/held-events", Seed000InterimReport.interregionalRally(networkEvents));
        command("sikora", base + "/held-events",
                Seed000InterimReport.projectsPresentationSeminar(activityIds.get(PROJECTS_ROW)));
        command("sikora", base + "/activities/" + networkEvents + "/deviation", Seed000InterimReport.deviation());
        Seed000InterimReport.normativeActs().forEach(act -> command("sikora", base + "/normative-acts", act));

        command("sikora", base + "/participant-counts", Seed000InterimReport.participantsMarchToJune());
        command("sikora", base + "/participant-organizations", Seed000InterimReport.networkSchools());
        command("sikora", base + "/participant-organizations", Seed000InterimReport.rallyParticipants());

        command("sikora", base + "/indicators", Seed000InterimReport.competencyDiagnostics());
        for (MonitoredIndicator monitored : Seed000InterimReport.monitoring()) {
            String id = (String) command("sikora", base + "/indicators", monitored.indicator()).getBody().get("id");
            command("sikora", base + "/indicators/" + id + "/values", monitored.value());
        }
        Seed000InterimReport.ogeTargets().forEach(indicator -> command("sikora", base + "/indicators", indicator));

        Seed000InterimReport.dissemination().forEach(entry -> command("sikora", base + "/dissemination", entry));
        Seed000InterimReport.products(activityIds.get(0)).forEach(product -> command("sikora", base + "/products", product));
        Seed000InterimReport.resources().forEach(resource -> command("sikora", base + "/resources", resource));
        String risk = (String) command("sikora", base + "/risks", Seed000InterimReport.risk()).getBody().get("id");
        command("sikora", base + "/risks/" + risk + "/monitoring", Seed000InterimReport.riskMonitoring());

        reportId = (String) command("sikora", base + "/reports", Seed000InterimReport.report()).getBody().get("id");
        ResponseEntity<Map> signed = command("tikhomirova", base + "/reports/" + reportId + "/signature", null);
        version = ((Number) signed.getBody().get("version")).longValue();
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = as("panina").getForEntity(path + (path.contains("?") ? "&" : "?")
                + "minVersion=" + version, String.class, projectId);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return objectMapper.readTree(response.getBody());
    }

    /** The plan's row of the table's row {@code index}, found by its title: the plan orders its rows itself. */
    private static JsonNode row(JsonNode activities, int index) {
        return named(activities, "title", Seed000InterimReport.activityTable().get(index).plannedActivity());
    }

    private static JsonNode named(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> node.path(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError(value + " not in " + array));
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    @Test
    @DisplayName("the plan as of the period's end: the six rows, the network events held by category, the deviation with both actions")
    void planAsOfThePeriodsEnd() throws Exception {
        JsonNode plan = get("/api/projects/{id}/plan?at=" + Seed000InterimReport.PERIOD.to());

        JsonNode activities = plan.path("activities");
        assertThat(texts(activities, "title")).containsExactlyInAnyOrderElementsOf(
                Seed000InterimReport.activityTable().stream().map(ReportActivityRow::plannedActivity).toList());
        assertThat(texts(activities, "expectedResult")).containsExactlyInAnyOrderElementsOf(
                Seed000InterimReport.activityTable().stream().map(ReportActivityRow::results).toList());
        JsonNode network = row(activities, NETWORK_EVENTS_ROW);
        // By month, then by title: both district entries stand in March.
        assertThat(network.path("held")).extracting(held -> held.path("title").asText() + " "
                        + held.path("participantsTotal").asInt())
                .containsExactly(
                        Seed000InterimReport.districtEventsForStudents(null).title() + " 116",
                        Seed000InterimReport.districtEventsForTeachers(null).title() + " 85",
                        Seed000InterimReport.interregionalRally(null).title() + " 200");
        assertThat(network.path("held").path(2).path("participants")).extracting(category ->
                category.path("name").asText() + " " + category.path("count").asInt())
                .containsExactly("педагоги 120", "обучающиеся 80");
        assertThat(network.path("deviation").path("reason").asText())
                .isEqualTo(Seed000InterimReport.deviation().reason());
        assertThat(texts(network.path("deviation").path("managementActions"), "description")).containsExactly(
                "Центры образования «Точка роста» объединены в сетевые образовательные сообщества",
                "Утвержден график сетевых мероприятий на 2023-2024");
        // The projects seminar of September 2023 comes after the period's end.
        assertThat(row(activities, PROJECTS_ROW).path("held")).isEmpty();
        assertThat(row(get("/api/projects/{id}/plan").path("activities"), PROJECTS_ROW).path("held").path(0)
                .path("month").asText()).isEqualTo("2023-09");
    }

    @Test
    @DisplayName("the held events of the period by level and category")
    void heldEvents() throws Exception {
        JsonNode events = get("/api/projects/{id}/held-events?from=2023-01-01&to=2023-08-31").path("events");

        assertThat(events).extracting(event -> event.path("level").asText() + " " + event.path("month").asText())
                .containsExactlyInAnyOrder("MUNICIPAL 2023-03", "MUNICIPAL 2023-03", "INTERREGIONAL 2023-07");
        assertThat(events).extracting(event -> event.path("participants").path(0).path("category").asText())
                .containsExactlyInAnyOrder("TEACHERS", "STUDENTS", "TEACHERS");
    }

    @Test
    @DisplayName("the three local acts are drafts with their titles and purposes, as the report gives no number or date")
    void normativeActs() throws Exception {
        JsonNode acts = get("/api/projects/{id}/normative-acts");

        assertThat(acts.path("adopted")).isEmpty();
        assertThat(texts(acts.path("drafts"), "title")).containsExactlyInAnyOrderElementsOf(
                Seed000InterimReport.normativeActs().stream().map(NormativeAct::title).toList());
        assertThat(texts(acts.path("drafts"), "purpose")).containsExactlyInAnyOrderElementsOf(
                Seed000InterimReport.normativeActs().stream().map(NormativeAct::purpose).toList());
    }

    @Test
    @DisplayName("participants by category and the participating organizations come back")
    void participants() throws Exception {
        JsonNode participants = get("/api/projects/{id}/participants");

        assertThat(participants.path("counts").path(0).path("categories")).extracting(category ->
                category.path("name").asText() + " " + category.path("count").asInt())
                .containsExactly("педагоги 85", "обучающиеся 116");
        assertThat(participants.path("organizations")).extracting(organization ->
                organization.path("count").asInt() + " " + organization.path("role").asText())
                .containsExactly("8 " + Seed000InterimReport.networkSchools().role(),
                        "18 " + Seed000InterimReport.rallyParticipants().role());
    }

    @Test
    @DisplayName("the indicators: the diagnostics' five areas as written, the four shares of the monitoring, the OGE targets")
    void indicators() throws Exception {
        ResponseEntity<String> raw = as("panina").getForEntity("/api/projects/{id}/indicators?minVersion=" + version,
                String.class, projectId);
        assertThat(raw.getBody()).contains("\"baseline\":7.75", "\"baseline\":6.65", "\"baseline\":7.55",
                "\"baseline\":7.25", "\"baseline\":6.5,", "\"target\":17.8", "\"target\":23.3", "\"target\":25.9");
        JsonNode indicators = objectMapper.readTree(raw.getBody()).path("indicators");

        assertThat(named(indicators, "name", Seed000InterimReport.competencyDiagnostics().name()).path("components"))
                .extracting(component -> component.path("name").asText())
                .containsExactly("Предметная", "Методическая", "Психолого-педагогическая", "Коммуникативная", "Цифровая");
        for (MonitoredIndicator monitored : Seed000InterimReport.monitoring()) {
            JsonNode indicator = named(indicators, "name", monitored.indicator().name());
            assertThat(indicator.path("unit").asText()).isEqualTo("%");
            assertThat(indicator.path("latest").path("value").decimalValue())
                    .isEqualByComparingTo(monitored.value().value());
            assertThat(indicator.path("periodLabels").path(0).asText()).isEqualTo("2022–2023");
        }
    }

    @Test
    @DisplayName("dissemination, products with their appendices, resources and the risk with its monitoring come back")
    void outputsAndResources() throws Exception {
        assertThat(texts(get("/api/projects/{id}/dissemination").path("entries"), "topic"))
                .containsExactlyInAnyOrderElementsOf(Seed000InterimReport.dissemination().stream()
                        .map(entry -> entry.topic()).toList());
        JsonNode products = get("/api/projects/{id}/products").path("products");
        assertThat(texts(products, "title")).containsExactlyInAnyOrderElementsOf(
                Seed000InterimReport.products(null).stream().map(Product::title).toList());
        assertThat(texts(products, "reference")).contains("Приложение 3", "Приложение 4", "Приложение 5");
        assertThat(texts(get("/api/projects/{id}/resources").path("resources"), "title")).containsExactlyInAnyOrderElementsOf(
                Seed000InterimReport.resources().stream().map(resource -> resource.title()).toList());
        JsonNode risk = get("/api/projects/{id}/risks").path("risks").path(0);
        assertThat(risk.path("monitoring").path(0).path("actionsTaken").asText())
                .isEqualTo(Seed000InterimReport.riskMonitoring().actionsTaken());
    }

    @Test
    @DisplayName("the report document carries the title page, every row of the activity table, participants by category and each table of the period")
    void reportDocument() throws Exception {
        get("/api/projects/{id}/participants");
        ResponseEntity<String> document = as("panina").getForEntity(
                "/api/projects/{id}/reports/{reportId}/document?format=html", String.class, projectId, reportId);
        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = document.getBody();

        assertThat(html).contains("2469", "Тихомирова Светлана Анатольевна");
        Seed000InterimReport.report().sections().organizations().forEach(organization -> assertThat(html)
                .contains(organization));
        List<ReportActivityRow> table = Seed000InterimReport.activityTable();
        for (int row = 0; row < table.size(); row++) {
            assertThat(html).contains(table.get(row).plannedActivity());
            if (row != NETWORK_EVENTS_ROW) {
                // No dated event records these rows: the document prints what the report's table says.
                assertThat(html).contains(table.get(row).actuallyDone(), table.get(row).results());
            }
        }
        assertThat(html).contains(Seed000InterimReport.districtEventsForTeachers(null).title() + " (муниципальный уровень; участников: 85)",
                Seed000InterimReport.interregionalRally(null).title());
        assertThat(html).contains("Участники проведённых мероприятий по категориям",
                "<td>педагоги</td><td>205</td>", "<td>обучающиеся</td><td>196</td>");
        assertThat(html).contains(Seed000InterimReport.deviation().reason());
        assertThat(html).contains("Диагностика профессиональных компетенций педагогов ЦО «Точка роста»: Предметная",
                "Муниципальная база ресурсов");
        Seed000InterimReport.monitoring().forEach(monitored -> assertThat(html).contains(monitored.indicator().name()));
    }
}
