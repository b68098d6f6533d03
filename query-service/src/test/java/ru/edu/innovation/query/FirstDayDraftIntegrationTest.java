package ru.edu.innovation.query;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_THEME;
import static ru.edu.innovation.seeds.SeedProjects.yayaFirstDayDraft;

/** A draft saved on day one, with only level, theme and lead organization, is projected like any other. */
@SuppressWarnings({"rawtypes", "unchecked"})
class FirstDayDraftIntegrationTest extends ReadSideIntegrationTest {

    @Test
    @DisplayName("a draft without goal, period, stages and leader has its card, its plan and its row in the registry")
    void firstDayDraftIsProjected() {
        String projectId = (String) command("sikora", "/api/projects", yayaFirstDayDraft()).getBody().get("projectId");

        ResponseEntity<Map> card = as("sikora").getForEntity("/api/projects/{id}?minVersion=0", Map.class, projectId);
        assertThat(card.getStatusCode()).as("%s", card.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(card.getBody()).containsEntry("status", "DRAFT").containsEntry("level", "REGIONAL");
        Map details = (Map) card.getBody().get("details");
        assertThat(details).containsEntry("theme", YAYA_THEME);
        assertThat(details.get("period")).isNull();
        assertThat(details.get("leader")).isNull();
        assertThat((List) card.getBody().get("stages")).isEmpty();

        ResponseEntity<Map> plan = as("sikora").getForEntity("/api/projects/{id}/plan?minVersion=0", Map.class, projectId);
        assertThat(plan.getStatusCode()).as("%s", plan.getBody()).isEqualTo(HttpStatus.OK);
        assertThat((List) plan.getBody().get("stages")).isEmpty();

        Map registry = as("sikora").getForEntity("/api/projects?status=DRAFT&sort=-updatedAt&size=200", Map.class)
                .getBody();
        assertThat((List<Map>) registry.get("items")).filteredOn(item -> projectId.equals(item.get("projectId")))
                .singleElement().satisfies(item -> assertThat(item).containsEntry("theme", YAYA_THEME)
                        .containsEntry("leadOrganizationId", "imc-yaya"));
    }
}
