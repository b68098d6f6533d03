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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.abdulkhakovaTeacher;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
import static ru.edu.innovation.seeds.SeedProjects.coordinationRisk;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteResources;
import static ru.edu.innovation.seeds.SeedProjects.transportRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRiskIn2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkSchools;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipantsMarchToJune2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaProjectTeam;

/**
 * What the school records of its running project, entered through command-service's REST API and
 * read back from the views value for value: an indicator of components with values as written,
 * participants, resources and risks with their monitoring, whole and filtered by period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class RunningProjectJourneyIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private ObjectMapper objectMapper;

    private String projectId;
    private long version;

    @BeforeAll
    void driveProject() {
        projectId = new SeedJourneys(this).yayaRunning();
        String base = "/api/projects/" + projectId;
        String diagnostics = (String) command("sikora", base + "/indicators", competencyDiagnostics()).getBody().get("id");
        // As a client writes them: 8.50 with its trailing zero, 7 as an integer.
        command("sikora", base + "/indicators/" + diagnostics + "/values", Map.of(
                "period", Map.of("from", "2023-01-01", "to", "2023-12-31"), "periodKind", "CALENDAR_YEAR",
                "components", List.of(Map.of("component", "Предметная", "value", new java.math.BigDecimal("8.50")),
                        Map.of("component", "Цифровая", "value", 7))));
        command("sikora", base + "/participant-counts", yayaParticipantsMarchToJune2023());
        command("sikora", base + "/participant-organizations", yayaNetworkSchools());
        yayaProjectTeam().forEach(member -> command("sikora", base + "/team", member));
        command("sikora", base + "/team", abdulkhakovaTeacher());
        supportSiteResources().forEach(resource -> command("sikora", base + "/resources", resource));
        String transport = (String) command("sikora", base + "/risks", transportRisk()).getBody().get("id");
        command("sikora", base + "/risks", coordinationRisk());
        ResponseEntity<Map> last = command("sikora", base + "/risks/" + transport + "/monitoring",
                transportRiskIn2022_2023());
        version = ((Number) last.getBody().get("version")).longValue();
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = as("panina").getForEntity(path + (path.contains("?") ? "&" : "?")
                + "minVersion=" + version, String.class, projectId);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return objectMapper.readTree(response.getBody());
    }

    @Test
    @DisplayName("the indicator's components come back with their baselines and the values as written: 8.50, 7")
    void indicatorOfComponents() throws Exception {
        ResponseEntity<String> raw = as("panina").getForEntity("/api/projects/{id}/indicators?minVersion=" + version,
                String.class, projectId);

        assertThat(raw.getBody()).contains("\"value\":8.50").contains("\"value\":7}").contains("\"baseline\":7.75");
        JsonNode indicator = objectMapper.readTree(raw.getBody()).path("indicators").path(0);
        assertThat(indicator.path("periodLabels").path(0).asText()).isEqualTo("2023 год");
        assertThat(indicator.path("components")).extracting(component -> component.path("name").asText())
                .containsExactly("Предметная", "Методическая", "Психолого-педагогическая", "Коммуникативная", "Цифровая");
        assertThat(get("/api/projects/{id}/indicators?to=2022-12-31").path("indicators").path(0).path("values"))
                .isEmpty();
    }

    @Test
    @DisplayName("participants by category, the network schools and the team with qualification come back; filtered by period")
    void participants() throws Exception {
        JsonNode participants = get("/api/projects/{id}/participants");

        JsonNode counts = participants.path("counts").path(0);
        assertThat(counts.path("total").asInt()).isEqualTo(201);
        assertThat(counts.path("categories")).extracting(category -> category.path("name").asText() + " "
                + category.path("count").asInt()).containsExactly("педагоги 85", "обучающиеся 116");
        assertThat(participants.path("organizations").path(0).path("count").asInt()).isEqualTo(8);
        assertThat(participants.path("organizations").path(0).path("composition").asText())
                .isEqualTo(yayaNetworkSchools().composition());
        assertThat(participants.path("team")).extracting(member -> member.path("fullName").asText()).containsExactly(
                "Тихомирова Светлана Анатольевна", "Сикора Мария Сергеевна", "Калинченко Виктория Сергеевна",
                "Абдулхакова Елена Ивановна");
        assertThat(participants.path("team").path(3).path("qualificationCategory").asText()).isEqualTo("высшая");
        assertThat(get("/api/projects/{id}/participants?from=2023-09-01").path("counts")).isEmpty();
    }

    @Test
    @DisplayName("resources by kind and risks with their monitoring come back; filtered by kind and by period")
    void resourcesAndRisks() throws Exception {
        JsonNode resources = get("/api/projects/{id}/resources").path("resources");
        assertThat(resources).extracting(resource -> resource.path("kindName").asText())
                .containsExactly("Кадровые ресурсы", "Материально-технические ресурсы");
        assertThat(resources.path(1).path("description").asText()).isEqualTo(supportSiteResources().get(1).description());
        assertThat(get("/api/projects/{id}/resources?kind=STAFF").path("resources").size()).isEqualTo(1);

        JsonNode risks = get("/api/projects/{id}/risks").path("risks");
        assertThat(risks).extracting(risk -> risk.path("title").asText())
                .containsExactly(transportRisk().title(), coordinationRisk().title());
        assertThat(risks.path(0).path("mitigation").asText()).isEqualTo(transportRisk().mitigation());
        JsonNode monitoring = risks.path(0).path("monitoring").path(0);
        assertThat(monitoring.path("state").asText()).isEqualTo("OCCURRED");
        assertThat(monitoring.path("periodLabel").asText()).isEqualTo("2022–2023");
        assertThat(monitoring.path("actionsTaken").asText()).isEqualTo(transportRiskIn2022_2023().actionsTaken());
        assertThat(get("/api/projects/{id}/risks?from=2023-09-01").path("risks").path(0).path("monitoring")).isEmpty();
    }
}
