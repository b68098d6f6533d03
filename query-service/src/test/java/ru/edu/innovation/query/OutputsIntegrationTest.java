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
import ru.edu.innovation.api.plan.NormativeActAdoption;
import ru.edu.innovation.query.documents.DocumentTexts;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceParticipation;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminar;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesRegulation;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsSchedule;
import static ru.edu.innovation.seeds.SeedProjects.ogeStudentsBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.pedagogicalSearchPublication;
import static ru.edu.innovation.seeds.SeedProjects.rallyMasterClasses;
import static ru.edu.innovation.seeds.SeedProjects.resourceBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * Seed 004's running project records its dissemination of experience, a contest, its products and
 * its local acts (a draft adopted later, a draft left) through command-service's REST API; each
 * list comes back out of the read views with its filters, the region counts the dissemination by
 * level, and the report document prints them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputsIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private ObjectMapper json;

    private String projectId;
    private String reportId;
    private String regulationId;
    private long lastVersion;

    @BeforeAll
    @SuppressWarnings("rawtypes")
    void recordThroughTheApi() {
        projectId = (String) command("sikora", "/api/projects", yayaNetworkProject()).getBody().get("projectId");
        String base = "/api/projects/" + projectId;
        command("sikora", base + "/application/submission", Map.of("reviewingInstituteId", "iro-kuzbass"));
        completeTask("tikhomirova", projectId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        completeTask("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям к региональным инновационным площадкам"));
        completeTask("minobr", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", statusOrder2469().orderNumber(), "orderDate", statusOrder2469().orderDate().toString(),
                "validFrom", statusOrder2469().validFrom().toString(), "validTo", statusOrder2469().validTo().toString()));
        String activityId = (String) command("sikora", base + "/activities", resourceMapActivity()).getBody().get("id");

        command("kalinchenko", base + "/dissemination", miroSeminar());
        command("kalinchenko", base + "/dissemination", pedagogicalSearchPublication());
        command("kalinchenko", base + "/dissemination", rallyMasterClasses());
        command("kalinchenko", base + "/contests", conferenceParticipation());
        command("sikora", base + "/products", resourceBaseProduct(activityId));
        command("sikora", base + "/products", ogeStudentsBaseProduct());
        regulationId = (String) command("sikora", base + "/normative-acts", networkCommunitiesRegulation())
                .getBody().get("id");
        command("sikora", base + "/normative-acts", networkEventsSchedule());
        command("sikora", base + "/normative-acts/" + regulationId + "/adoption",
                new NormativeActAdoption("12", LocalDate.of(2023, 6, 5)));
        reportId = (String) command("sikora", base + "/reports", interimReport2022_2023()).getBody().get("id");
        ResponseEntity<Map> last = command("tikhomirova", base + "/reports/" + reportId + "/signature", null);
        lastVersion = ((Number) last.getBody().get("version")).longValue();
    }

    private JsonNode read(String user, String path) {
        ResponseEntity<String> response = as(user).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String project(String view) {
        return "/api/projects/" + projectId + view + (view.contains("?") ? "&" : "?") + "minVersion=" + lastVersion;
    }

    @Test
    @DisplayName("dissemination: dated entries by date, the undated after them; filters by level, form and period; counts by level")
    void dissemination() {
        JsonNode all = read("panina", project("/dissemination"));
        assertThat(all.path("entries")).extracting(entry -> entry.path("topic").asText()).containsExactly(
                miroSeminar().topic(), pedagogicalSearchPublication().topic(), rallyMasterClasses().topic());
        assertThat(all.path("entries").get(1).path("publication").path("source").asText())
                .isEqualTo("газета «Педагогический поиск», рубрика «В ТОЧКУ!»");
        assertThat(all.path("byLevel")).filteredOn(count -> "MUNICIPAL".equals(count.path("level").asText()))
                .extracting(count -> count.path("entries").asInt()).containsExactly(2);

        assertThat(read("sikora", project("/dissemination?level=interregional")).path("entries"))
                .extracting(entry -> entry.path("form").asText()).containsExactly("MASTER_CLASS");
        assertThat(read("sikora", project("/dissemination?form=PUBLICATION")).path("entries")).hasSize(1);
        assertThat(read("sikora", project("/dissemination?from=2023-01-01&to=2023-03-31")).path("entries"))
                .extracting(entry -> entry.path("date").asText()).containsExactly("2023-02-15");
        assertThat(as("sikora").getForEntity(project("/dissemination?level=galactic"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("sikora").getForEntity(project("/dissemination?from=2023-09-01&to=2023-01-01"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @DisplayName("contests, products and acts come back as recorded: only the adopted act counts, the draft apart")
    void contestsProductsActs() {
        assertThat(read("panina", project("/contests?result=participant")).path("entries")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.path("participantKind").asText()).isEqualTo("STUDENT");
                    assertThat(entry.path("date").asText()).isEqualTo("2023-03-17");
                });
        JsonNode products = read("panina", project("/products?task=1")).path("products");
        assertThat(products).extracting(product -> product.path("title").asText()).containsExactly(
                resourceBaseProduct(null).title(), ogeStudentsBaseProduct().title());
        assertThat(products.get(0).path("activityTitle").asText()).isEqualTo(resourceMapActivity().title());

        JsonNode acts = read("panina", project("/normative-acts?from=2023-01-01&to=2023-08-31"));
        assertThat(acts.path("byKind")).singleElement().satisfies(group -> {
            assertThat(group.path("kind").asText()).isEqualTo("REGULATION");
            assertThat(group.path("acts").get(0).path("number").asText()).isEqualTo("12");
        });
        assertThat(acts.path("drafts")).extracting(act -> act.path("title").asText())
                .containsExactly(networkEventsSchedule().title());
        assertThat(read("panina", project("/normative-acts?kind=plan")).path("adopted")).isEmpty();
    }

    @Test
    @DisplayName("the region counts the running projects' dissemination by level")
    void regionalSummary() {
        read("panina", project("/dissemination"));
        JsonNode region = read("minobr", "/api/summary/regional");
        assertThat(region.path("disseminationByLevel")).hasSize(7);
        assertThat(region.path("disseminationByLevel"))
                .filteredOn(count -> "INTERREGIONAL".equals(count.path("level").asText()))
                .extracting(count -> count.path("entries").asInt()).allMatch(entries -> entries >= 1);
    }

    @Test
    @DisplayName("the report's DOCX and PDF carry the period's dissemination by level, contests, products and the adopted act only")
    void reportDocument() throws IOException {
        read("panina", project("/dissemination"));
        String path = "/api/projects/{id}/reports/{reportId}/document?format={format}";
        List<String> sections = List.of("Нормативные акты отчётного периода",
                "Положение о сетевых образовательных сообществах", "Трансляция опыта", "Муниципальный уровень",
                "15.02.2023", "Педагогический поиск", "Конкурсы и награды", "VIII муниципальная", "Продукты проекта",
                "Муниципальная база ресурсов");

        String docx = DocumentTexts.docxText(as("sikora").getForEntity(path, byte[].class, projectId, reportId, "docx")
                .getBody());
        DocumentTexts.assertInOrder(docx, sections);
        // The schedule is a draft, the rally undated and recorded after the period: neither is printed.
        assertThat(docx).doesNotContain(networkEventsSchedule().title(), "Межрегиональный уровень");

        String pdf = DocumentTexts.pdfText(as("panina").getForEntity(path, byte[].class, projectId, reportId, "pdf")
                .getBody());
        assertThat(pdf).contains("Трансляция опыта", "Конкурсы и награды", "Продукты проекта");
    }
}
