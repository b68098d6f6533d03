package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.seeds.SeedProjects;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the request-body mapper lets through and what it refuses, with the refused field's path. */
class InputLimitsTest {

    private final ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final ObjectMapper strict = InputLimits.strictCopyOf(plain);

    @Test
    @DisplayName("the seeds' project, indicator and held event read unchanged")
    void seedsPass() throws Exception {
        ProjectDetails project = SeedProjects.yayaNetworkProject();
        assertThat(strict.readValue(plain.writeValueAsString(project), ProjectDetails.class)).isEqualTo(project);
        IndicatorDefinition indicator = SeedProjects.ogeAverageScorePhysics();
        assertThat(strict.readValue(plain.writeValueAsString(indicator), IndicatorDefinition.class)).isEqualTo(indicator);
        HeldEvent held = SeedProjects.conferenceHeld("activity-1");
        assertThat(strict.readValue(plain.writeValueAsString(held), HeldEvent.class)).isEqualTo(held);
    }

    @Test
    @DisplayName("a territory over its @Size and a NUL in the theme are refused naming the field")
    void sizesAndControlCharacters() {
        ObjectNode tooLong = project();
        ((ObjectNode) tooLong.get("leadOrganization")).put("territory", "Я".repeat(201));
        ObjectNode nul = project();
        nul.put("theme", "Тема\u0000");

        assertThat(refusal(tooLong, ProjectDetails.class)).isEqualTo("leadOrganization.territory");
        assertThat(refusal(nul, ProjectDetails.class)).isEqualTo("theme");
    }

    @Test
    @DisplayName("a field without @Size takes the default length; line breaks and tabs pass")
    void defaultLength() throws Exception {
        ObjectNode body = project();
        body.put("direction", "а\tб\r\nв");
        assertThat(strict.treeToValue(body, ProjectDetails.class).direction()).isEqualTo("а\tб\r\nв");

        ObjectNode indicator = (ObjectNode) plain.valueToTree(SeedProjects.ogeAverageScorePhysics());
        indicator.put("responsible", "x".repeat(InputLimits.DEFAULT_TEXT_LENGTH + 1));
        assertThat(refusal(indicator, IndicatorDefinition.class)).isEqualTo("responsible");
    }

    @Test
    @DisplayName("a field with a @Size over the default (the analytical note) takes its own limit")
    void largerOwnLimit() throws Exception {
        ReportSections sections = SeedProjects.interimReportSections();
        ObjectNode body = (ObjectNode) plain.valueToTree(sections);
        body.put("analyticalNote", "н".repeat(50_000));
        assertThat(strict.treeToValue(body, ReportSections.class).analyticalNote()).hasSize(50_000);
    }

    @Test
    @DisplayName("numbers beyond an indicator's size and dates beyond 1900–2100 are refused")
    void numbersAndDates() {
        for (String number : new String[]{"1E-10000000", "1E+100000000", "1234567890123.5", "0.1234567"}) {
            ObjectNode indicator = (ObjectNode) plain.valueToTree(SeedProjects.ogeAverageScorePhysics());
            indicator.put("target", new BigDecimal(number));
            assertThat(refusal(indicator, IndicatorDefinition.class)).as(number).isEqualTo("target");
        }
        ObjectNode farFuture = project();
        ((ObjectNode) farFuture.get("period")).put("to", "+999999999-12-31");
        assertThat(refusal(farFuture, ProjectDetails.class)).isEqualTo("period.to");
    }

    @Test
    @DisplayName("no coercion: an enum's ordinal, a number for a string, 3.14 for an integer, a string for a number")
    void noCoercion() {
        assertThatThrownBy(() -> strict.readValue(json(project().put("levelAppliedFor", 1)), ProjectDetails.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> strict.readValue(json(project().put("levelAppliedFor", "1")), ProjectDetails.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> strict.readValue(json(project().put("theme", 42)), ProjectDetails.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> strict.readValue(json(project().put("goal", true)), ProjectDetails.class))
                .isInstanceOf(JsonMappingException.class);
        ObjectNode held = (ObjectNode) plain.valueToTree(SeedProjects.conferenceHeld("activity-1"));
        ((ObjectNode) held.get("participants").get(0)).put("count", 3.14);
        assertThatThrownBy(() -> strict.readValue(json(held), HeldEvent.class)).isInstanceOf(JsonMappingException.class);
        ObjectNode indicator = (ObjectNode) plain.valueToTree(SeedProjects.ogeAverageScorePhysics());
        indicator.put("target", "17.8");
        assertThatThrownBy(() -> strict.readValue(json(indicator), IndicatorDefinition.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    @DisplayName("a duplicate key, an unknown property and trailing content are refused")
    void strictSyntax() {
        String body = json(project());
        assertThatThrownBy(() -> strict.readValue(body.replaceFirst("\\{", "{\"theme\":\"x\","), ProjectDetails.class))
                .hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> strict.readValue(json(project().put("thema", "x")), ProjectDetails.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> strict.readValue(body + " {}", ProjectDetails.class)).isNotNull();
    }

    @Test
    @DisplayName("the shared mapper stays lenient: events stored before the limits still load")
    void sharedMapperUnchanged() throws Exception {
        ObjectNode nul = project();
        nul.put("theme", "Тема\u0000");
        assertThat(plain.treeToValue(nul, ProjectDetails.class).theme()).isEqualTo("Тема\u0000");
    }

    private String refusal(ObjectNode body, Class<?> type) {
        InputLimits.RefusedValueException refused =
                catchThrowableOfType(InputLimits.RefusedValueException.class, () -> strict.readValue(json(body), type));
        assertThat(refused).as("refusal of %s", type.getSimpleName()).isNotNull();
        assertThat(refused.getOriginalMessage()).matches("\\p{IsCyrillic}.*");
        return refused.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
    }

    private ObjectNode project() {
        return plain.valueToTree(SeedProjects.yayaNetworkProject());
    }

    private String json(Object tree) {
        try {
            return plain.writeValueAsString(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
