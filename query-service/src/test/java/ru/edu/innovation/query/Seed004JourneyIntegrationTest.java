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
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.indicator.IndicatorComponent;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.api.risk.ProjectRisk;
import ru.edu.innovation.seeds.Seed004NetworkProject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;

/**
 * Seed 004, the Yaya district's network project, entered whole through command-service's REST API and
 * its real approval tasks, and every table read back out of the query-service views value for value:
 * the application, the participants' sub-projects, the roadmap by task, the indicators, the products,
 * the team, the risks and the resources; then all of it in the report document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("rawtypes")
class Seed004JourneyIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private ObjectMapper objectMapper;

    private String projectId;
    private String reportId;
    private long version;

    @BeforeAll
    void enterDocument004() {
        projectId = new SeedJourneys(this).yayaRunning();
        String base = "/api/projects/" + projectId;
        Seed004NetworkProject.subProjects().forEach(subProject -> command("sikora", base + "/sub-projects", subProject));
        Seed004NetworkProject.roadmap().forEach(activity -> command("sikora", base + "/activities", activity));
        allIndicators().forEach(indicator -> command("sikora", base + "/indicators", indicator));
        Seed004NetworkProject.products().forEach(product -> command("sikora", base + "/products", product));
        Seed004NetworkProject.team().forEach(member -> command("sikora", base + "/team", member));
        Seed004NetworkProject.risks().forEach(risk -> command("sikora", base + "/risks", risk));
        Seed004NetworkProject.resources().forEach(resource -> command("sikora", base + "/resources", resource));
        // The report is submitted last: its document shows the project as it stood when it was submitted.
        ResponseEntity<Map> report = command("sikora", base + "/reports", interimReport2022_2023());
        reportId = (String) report.getBody().get("id");
        version = ((Number) report.getBody().get("version")).longValue();
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = as("panina").getForEntity(path + (path.contains("?") ? "&" : "?")
                + "minVersion=" + version, String.class, projectId);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return objectMapper.readTree(response.getBody());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static BigDecimal number(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : new BigDecimal(node.asText());
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static Integer integer(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asInt();
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }

    private static int compare(BigDecimal one, BigDecimal other) {
        return one == null || other == null ? (one == other ? 0 : 1) : one.compareTo(other);
    }

    @Test
    @DisplayName("the card gives back the application: theme, goal, tasks, period, stages, participants with their projects, team")
    void application() throws Exception {
        ProjectDetails details = objectMapper.treeToValue(get("/api/projects/{id}").path("details"), ProjectDetails.class);

        assertThat(details).isEqualTo(Seed004NetworkProject.application());
    }

    @Test
    @DisplayName("each participant's sub-project comes back with its school, none with a plan entry of its own")
    void subProjects() throws Exception {
        List<JsonNode> entries = list(get("/api/projects/{id}/sub-projects").path("subProjects"));

        List<SubProject> read = entries.stream().map(entry -> new SubProject(entry.path("organization").path("id").asText(),
                entry.path("title").asText(), entry.path("leader").isMissingNode() || entry.path("leader").isNull() ? null
                        : new Person(entry.path("leader").path("fullName").asText(), text(entry.path("leader").path("position"))),
                entry.path("period").isMissingNode() || entry.path("period").isNull() ? null
                        : new Period(date(entry.path("period").path("from")), date(entry.path("period").path("to")))))
                .toList();
        assertThat(read).containsExactlyElementsOf(Seed004NetworkProject.subProjects());
        assertThat(entries).allSatisfy(entry -> assertThat(entry.path("activities")).isEmpty());
        String first = entries.get(0).path("subProjectId").asText();
        assertThat(get("/api/projects/{id}/plan?subProject=" + first).path("activities")).isEmpty();
        ResponseEntity<String> unknown = as("panina").getForEntity("/api/projects/{id}/plan?subProject=no-such",
                String.class, projectId);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("SUB_PROJECT_NOT_FOUND");
    }

    @Test
    @DisplayName("the whole network's plan gives back the roadmap, every activity by task with its timing as written")
    void roadmap() throws Exception {
        JsonNode plan = get("/api/projects/{id}/plan?at=2023-01-15");

        List<ActivityPlan> read = list(plan.path("activities")).stream().map(row -> new ActivityPlan(
                integer(row.path("taskNumber")), row.path("title").asText(), date(row.path("startDate")),
                date(row.path("deadline")),
                text(row.path("responsible")), text(row.path("participants")), text(row.path("expectedResult")),
                text(row.path("timing")),
                integer(row.path("plannedSessions")))).toList();
        assertThat(read).containsExactlyInAnyOrderElementsOf(Seed004NetworkProject.roadmap());
        assertThat(list(plan.path("tasks"))).extracting(task -> task.path("planned").asInt()).containsExactly(9, 8, 4);
        assertThat(list(plan.path("activities"))).allSatisfy(row -> assertThat(text(row.path("subProjectId"))).isNull());
    }

    /** The goal's and planned results' indicators, the key problem's OGE table and the monitoring methods. */
    private static List<IndicatorDefinition> allIndicators() {
        List<IndicatorDefinition> all = new ArrayList<>(Seed004NetworkProject.indicators());
        all.addAll(Seed004NetworkProject.keyProblem());
        all.addAll(Seed004NetworkProject.monitoringMethods());
        return all;
    }

    @Test
    @DisplayName("the indicators come back with unit, baseline, target, method, schedule, responsible and components")
    void indicators() throws Exception {
        List<IndicatorDefinition> read = list(get("/api/projects/{id}/indicators").path("indicators")).stream()
                .map(row -> new IndicatorDefinition(row.path("name").asText(), text(row.path("unit")),
                        number(row.path("baseline")), number(row.path("target")), text(row.path("collectionMethod")),
                        text(row.path("schedule")), text(row.path("responsible")), list(row.path("components")).stream()
                        .map(component -> new IndicatorComponent(component.path("name").asText(),
                                number(component.path("baseline")), number(component.path("target"))))
                        .toList()))
                .toList();

        assertThat(read).hasSize(3 + 4 + 3 + 8).usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(Seed004JourneyIntegrationTest::compare, BigDecimal.class).build())
                .containsExactlyInAnyOrderElementsOf(allIndicators());
    }

    @Test
    @DisplayName("the products come back by task with their kind")
    void products() throws Exception {
        List<Product> read = list(get("/api/projects/{id}/products").path("products")).stream()
                .map(row -> new Product(row.path("title").asText(), ProductKind.valueOf(row.path("kind").asText()),
                        integer(row.path("taskNumber")), text(row.path("activityId")),
                        text(row.path("reference"))))
                .toList();

        assertThat(read).containsExactlyInAnyOrderElementsOf(Seed004NetworkProject.products());
    }

    @Test
    @DisplayName("the team, the risks and the resources come back as the document writes them")
    void teamRisksResources() throws Exception {
        List<TeamMemberProfile> team = list(get("/api/projects/{id}/participants").path("team")).stream()
                .map(row -> new TeamMemberProfile(row.path("fullName").asText(), text(row.path("position")),
                        text(row.path("organization")), text(row.path("role")), text(row.path("functions")),
                        text(row.path("qualificationCategory")), text(row.path("experience")), null))
                .toList();
        assertThat(team).containsExactlyElementsOf(Seed004NetworkProject.team());

        List<ProjectRisk> risks = list(get("/api/projects/{id}/risks").path("risks")).stream()
                .map(row -> new ProjectRisk(row.path("title").asText(), text(row.path("mitigation")))).toList();
        assertThat(risks).containsExactlyElementsOf(Seed004NetworkProject.risks());

        List<ProjectResource> resources = list(get("/api/projects/{id}/resources").path("resources")).stream()
                .map(row -> new ProjectResource(ResourceKind.valueOf(row.path("kind").asText()), text(row.path("title")),
                        row.path("description").asText(), null)).toList();
        assertThat(resources).containsExactlyElementsOf(Seed004NetworkProject.resources());
    }

    @Test
    @DisplayName("the interim report's document shows the sub-projects, the roadmap of its period, indicators, team, risks, resources")
    void reportDocument() {
        ResponseEntity<String> html = as("panina").getForEntity("/api/projects/{id}/reports/{reportId}/document?format=HTML",
                String.class, projectId, reportId);
        assertThat(html.getStatusCode()).as("%s", html.getBody()).isEqualTo(HttpStatus.OK);

        List<String> expected = new ArrayList<>();
        expected.add("Подпроекты участников сетевого проекта");
        Seed004NetworkProject.subProjects().forEach(subProject -> expected.add(subProject.title()));
        Seed004NetworkProject.roadmap().stream()
                .filter(activity -> !activity.startDate().isAfter(interimReport2022_2023().reportingPeriod().to()))
                .forEach(activity -> expected.add(activity.title()));
        allIndicators().forEach(indicator -> expected.add(indicator.name()));
        Seed004NetworkProject.team().forEach(member -> expected.add(member.fullName()));
        Seed004NetworkProject.risks().forEach(risk -> expected.add(risk.title()));
        Seed004NetworkProject.resources().forEach(resource -> expected.add(resource.description()));
        assertThat(expected).hasSize(37 + 3 + 8);
        assertThat(html.getBody()).contains(expected);
    }
}
