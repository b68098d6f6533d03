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
import org.springframework.web.util.HtmlUtils;
import ru.edu.innovation.api.dissemination.Dissemination;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.seeds.Seed002SupportSite;
import ru.edu.innovation.seeds.Seed002SupportSite.PlannedRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;

/**
 * Seed 002 entered whole through command-service's REST API and Camunda's task API by the people of
 * its route: school 12 of Mariinsk applies, its director signs, KRIPKiPRO's department reviews and the
 * institute's directorate assigns the status by its own order; then the program's plan with its
 * correction, the team, resources, participants, acts, expected products, criteria and dissemination.
 * Each table comes back out of the read views value for value, and the report document holds its rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("rawtypes")
class Seed002JourneyIntegrationTest extends ReadSideIntegrationTest {

    private static final String SCHOOL = "abdulkhakova";

    @Autowired
    private ObjectMapper objectMapper;

    private String projectId;
    private long version;
    private final Map<String, String> activityIds = new HashMap<>();

    @BeforeAll
    void enterDocument() {
        projectId = (String) command(SCHOOL, "/api/projects", supportSiteProgram()).getBody().get("projectId");
        String base = "/api/projects/" + projectId;
        command(SCHOOL, base + "/application/submission", Map.of("reviewingInstituteId", "kripkipro"));
        completeTask("kartashova", projectId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        completeTask("krasnoshlykova", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Программа опорной площадки соответствует требованиям КРИПКиПРО"));
        StatusOrder order = Seed002SupportSite.directorateOrder();
        completeTask("rector-kripkipro", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", order.orderNumber(), "orderDate", order.orderDate().toString(),
                "validFrom", order.validFrom().toString(), "validTo", order.validTo().toString()));

        for (PlannedRow row : Seed002SupportSite.plan()) {
            activityIds.put(row.key(), id(command(SCHOOL, base + "/activities", row.plan())));
        }
        command(SCHOOL, base + "/activities/" + activityIds.get(Seed002SupportSite.NORMATIVE_BASE) + "/amendments",
                Seed002SupportSite.normativeBaseCorrection());
        Seed002SupportSite.team().forEach(member -> command(SCHOOL, base + "/team", member));
        Seed002SupportSite.resources().forEach(resource -> command(SCHOOL, base + "/resources", resource));
        command(SCHOOL, base + "/participant-organizations", Seed002SupportSite.clusterSchools());
        command(SCHOOL, base + "/participant-counts", Seed002SupportSite.clusterStudents());
        Seed002SupportSite.normativeActs().forEach(act -> command(SCHOOL, base + "/normative-acts", act));
        Seed002SupportSite.expectedProducts().forEach(product -> command(SCHOOL, base + "/products", product));
        Seed002SupportSite.indicators().forEach(indicator -> command(SCHOOL, base + "/indicators", indicator));
        ResponseEntity<Map> last = command(SCHOOL, base + "/dissemination", Seed002SupportSite.kripkiproSeminars());
        version = ((Number) last.getBody().get("version")).longValue();
    }

    private static String id(ResponseEntity<Map> created) {
        return (String) created.getBody().get("id");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = as("krasnoshlykova").getForEntity(path + (path.contains("?") ? "&" : "?")
                + "minVersion=" + version, String.class, projectId);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return objectMapper.readTree(response.getBody());
    }

    private <T> List<T> read(JsonNode array, Class<T> type) {
        List<T> values = new ArrayList<>();
        for (JsonNode node : array) {
            try {
                values.add(objectMapper.treeToValue(node, type));
            } catch (Exception unreadable) {
                throw new AssertionError("unreadable as " + type.getSimpleName() + ": " + node, unreadable);
            }
        }
        return values;
    }

    @Test
    @DisplayName("the support site is active by the directorate's order, after KRIPKiPRO's department approved it")
    void statusByTheInstitutesOrder() throws Exception {
        JsonNode card = get("/api/projects/{id}");

        assertThat(card.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(card.path("level").asText()).isEqualTo("INSTITUTE_SUPPORT_SITE");
        assertThat(objectMapper.treeToValue(card.path("statusOrder"), StatusOrder.class))
                .isEqualTo(Seed002SupportSite.directorateOrder());
    }

    @Test
    @DisplayName("the plan comes back row for row, row 1.6 with its correction into the organizational stage")
    void planWithCorrection() throws Exception {
        JsonNode activities = get("/api/projects/{id}/plan").path("activities");

        Map<String, ActivityPlan> expected = new HashMap<>();
        Seed002SupportSite.plan().forEach(row -> expected.put(activityIds.get(row.key()), row.plan()));
        ActivityAmendment correction = Seed002SupportSite.normativeBaseCorrection();
        String corrected = activityIds.get(Seed002SupportSite.NORMATIVE_BASE);
        expected.put(corrected, correction.plan());
        assertThat(activities.size()).isEqualTo(Seed002SupportSite.plan().size());
        for (JsonNode activity : activities) {
            assertThat(objectMapper.treeToValue(activity, ActivityPlan.class)).as(activity.path("title").asText())
                    .isEqualTo(expected.get(activity.path("activityId").asText()));
        }
        JsonNode amended = stream(activities).filter(a -> corrected.equals(a.path("activityId").asText()))
                .findFirst().orElseThrow();
        assertThat(read(amended.path("amendments"), ActivityAmendment.class)).containsExactly(correction);
        assertThat(amended.path("stageNumber").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("the team of the centres' heads and the teachers comes back with categories and experience")
    void team() throws Exception {
        JsonNode participants = get("/api/projects/{id}/participants");

        assertThat(read(participants.path("team"), TeamMemberProfile.class))
                .containsExactlyElementsOf(Seed002SupportSite.team());
        assertThat(read(participants.path("organizations"), OrganizationParticipation.class))
                .containsExactly(Seed002SupportSite.clusterSchools());
        JsonNode counts = participants.path("counts").path(0);
        assertThat(counts.path("total").asInt()).isEqualTo(2000);
        assertThat(counts.path("categories").path(0).path("category").asText()).isEqualTo("STUDENTS");
        assertThat(counts.path("comment").asText()).isEqualTo(Seed002SupportSite.clusterStudents().comment());
    }

    @Test
    @DisplayName("resources, acts, expected products, criteria and dissemination come back value for value")
    void theOtherTables() throws Exception {
        assertThat(read(get("/api/projects/{id}/resources").path("resources"), ProjectResource.class))
                .containsExactlyElementsOf(Seed002SupportSite.resources());
        JsonNode acts = get("/api/projects/{id}/normative-acts");
        assertThat(read(acts.path("drafts"), NormativeAct.class)).as("no number or date: drafts")
                .containsExactlyElementsOf(Seed002SupportSite.normativeActs());
        assertThat(acts.path("adopted")).isEmpty();
        assertThat(read(get("/api/projects/{id}/products").path("products"), Product.class))
                .containsExactlyInAnyOrderElementsOf(Seed002SupportSite.expectedProducts());
        assertThat(read(get("/api/projects/{id}/indicators").path("indicators"), IndicatorDefinition.class))
                .containsExactlyInAnyOrderElementsOf(Seed002SupportSite.indicators());
        assertThat(read(get("/api/projects/{id}/dissemination").path("entries"), Dissemination.class))
                .containsExactly(Seed002SupportSite.kripkiproSeminars());
        assertThat(get("/api/projects/{id}/contests").path("entries")).as("the program holds no contest result")
                .isEmpty();
    }

    @Test
    @DisplayName("the final report document from the program's start holds every table's rows; the draft acts wait for adoption")
    void reportDocument() {
        // A draft shows the project as it stood at the period's end: the document was entered today.
        ResponseEntity<String> document = as("krasnoshlykova").getForEntity(
                "/api/projects/{id}/report-draft?from=2022-09-01&to={to}&kind=final&format=html", String.class, projectId,
                LocalDate.now().plusYears(1));
        assertThat(document.getStatusCode()).as("%s", document.getBody()).isEqualTo(HttpStatus.OK);
        String text = HtmlUtils.htmlUnescape(document.getBody()).replaceAll("\\s+", " ");

        List<String> rows = Stream.of(
                        Seed002SupportSite.plan().stream().map(row -> row.plan().title()),
                        Seed002SupportSite.team().stream().map(TeamMemberProfile::fullName),
                        Seed002SupportSite.resources().stream().map(ProjectResource::title),
                        Seed002SupportSite.expectedProducts().stream().map(Product::title),
                        Seed002SupportSite.indicators().stream().map(IndicatorDefinition::name),
                        Stream.of(Seed002SupportSite.kripkiproSeminars().topic(),
                                Seed002SupportSite.clusterSchools().organizations()))
                .flatMap(values -> values).map(value -> value.replaceAll("\\s+", " ")).toList();
        assertThat(rows).allSatisfy(row -> assertThat(text).contains(row));
        // The program names its acts without number or date: a report counts an act once it is adopted.
        assertThat(Seed002SupportSite.normativeActs()).allSatisfy(act -> assertThat(text).doesNotContain(act.title()));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
