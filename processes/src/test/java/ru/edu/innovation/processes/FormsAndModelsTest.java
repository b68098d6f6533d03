package ru.edu.innovation.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.ReviewDecision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BPMN files, the Camunda forms they reference and the variables the delegates read must agree:
 * a renamed form, field or decision value would otherwise only fail when a reviewer opens a task.
 */
class FormsAndModelsTest {

    private static final List<String> BPMN_FILES = List.of(
            "bpmn/status-application.bpmn", "bpmn/report-approval.bpmn", "bpmn/stage-completion.bpmn");
    /** What the delegates read from a completed task (see TaskInput and the delegates). */
    private static final Set<String> VARIABLES_THE_DELEGATES_READ = Set.of(
            ApprovalProcesses.SIGNATURE_CONFIRMED,
            ApprovalProcesses.INSTITUTE_DECISION, ApprovalProcesses.INSTITUTE_CONCLUSION,
            ApprovalProcesses.MINISTRY_DECISION, ApprovalProcesses.MINISTRY_CONCLUSION,
            ApprovalProcesses.ORDER_NUMBER, ApprovalProcesses.ORDER_DATE,
            ApprovalProcesses.VALID_FROM, ApprovalProcesses.VALID_TO,
            ApprovalProcesses.SUMMARY);
    private static final Set<String> DECISION_FIELDS = Set.of(
            ApprovalProcesses.INSTITUTE_DECISION, ApprovalProcesses.MINISTRY_DECISION);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the variables the delegates read are spelled as the Java glue names them")
    void delegateVariablesMatchTheGlue() {
        assertThat(VARIABLES_THE_DELEGATES_READ).containsExactlyInAnyOrder("signatureConfirmed", "instituteDecision",
                "instituteConclusion", "ministryDecision", "ministryConclusion", "orderNumber", "orderDate",
                "validFrom", "validTo", "summary");
    }

    @Test
    @DisplayName("every user task references a Camunda form bound to its deployment")
    void everyUserTaskHasAForm() {
        for (UserTask task : userTasks()) {
            assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getId()).isEqualTo("deployment");
            assertThat(task.getCamundaFormKey()).as("formKey of %s", task.getId()).isNull();
        }
    }

    @Test
    @DisplayName("every camunda:formRef names forms/<ref>.form whose top-level id equals the ref")
    void everyFormRefNamesAFormWithThatId() {
        List<String> refs = formRefs();
        assertThat(refs).hasSize(11);
        for (String ref : refs) {
            JsonNode form = form(ref);
            assertThat(form.path("id").asText()).as("id of forms/%s.form", ref).isEqualTo(ref);
            assertThat(form.path("components").isArray()).as("components of forms/%s.form", ref).isTrue();
        }
    }

    @Test
    @DisplayName("every form under forms/ is used by a user task")
    void noFormIsOrphaned() throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource("forms");
        assertThat(folder).isNotNull();
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
            files = list.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".form"))
                    .map(name -> name.substring(0, name.length() - ".form".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(new TreeSet<>(formRefs()));
    }

    @Test
    @DisplayName("every editable form field is a variable the delegates read")
    void editableFieldsAreReadByTheDelegates() {
        Map<String, List<String>> editable = new LinkedHashMap<>();
        for (String ref : formRefs()) {
            for (JsonNode field : fields(form(ref))) {
                if (field.hasNonNull("key") && !field.path("readonly").asBoolean(false)
                        && !field.path("disabled").asBoolean(false)) {
                    editable.computeIfAbsent(ref, r -> new ArrayList<>()).add(field.get("key").asText());
                }
            }
        }
        assertThat(editable.values().stream().flatMap(List::stream))
                .as("editable fields: %s", editable)
                .isNotEmpty()
                .allSatisfy(key -> assertThat(VARIABLES_THE_DELEGATES_READ).contains(key));
        assertThat(editable).containsEntry("sign-application", List.of("signatureConfirmed"))
                .containsEntry("revise-stage-completion", List.of("summary"))
                .doesNotContainKey("revise-application")
                .doesNotContainKey("revise-report");
    }

    @Test
    @DisplayName("every decision is a radio group of ReviewDecision names")
    void decisionValuesAreReviewDecisions() {
        Set<String> decisions = Arrays.stream(ReviewDecision.values()).map(Enum::name).collect(Collectors.toSet());
        int selects = 0;
        for (String ref : formRefs()) {
            for (JsonNode field : fields(form(ref))) {
                if (DECISION_FIELDS.contains(field.path("key").asText()) && field.has("values")) {
                    selects++;
                    // form-js draws a select's empty state as an English "Select"; a radio group shows the decisions in Russian
                    assertThat(field.path("type").asText()).as("%s in %s", field.path("key").asText(), ref).isEqualTo("radio");
                    assertThat(field.path("validate").path("required").asBoolean()).isTrue();
                    for (JsonNode value : field.get("values")) {
                        assertThat(value.path("value").asText()).as("decision value in forms/%s.form", ref).isIn(decisions);
                    }
                }
            }
        }
        assertThat(selects).isEqualTo(6);
    }

    @Test
    @DisplayName("each decision select offers exactly the decisions its process has a route for")
    void decisionValuesMatchTheGatewayRoutes() {
        for (String file : BPMN_FILES) {
            BpmnModelInstance model = model(file);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                for (JsonNode field : fields(form(task.getCamundaFormRef()))) {
                    String key = field.path("key").asText();
                    if (!DECISION_FIELDS.contains(key) || !field.has("values")) {
                        continue;
                    }
                    Set<String> offered = new TreeSet<>();
                    field.get("values").forEach(value -> offered.add(value.path("value").asText()));
                    Set<String> routed = routedDecisions(model, key);
                    routed.add(ReviewDecision.APPROVE.name()); // the gateways' default flow
                    assertThat(offered).as("%s of %s in %s", key, task.getId(), file).isEqualTo(routed);
                }
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Set<String> routedDecisions(BpmnModelInstance model, String variable) {
        Pattern condition = Pattern.compile("\\$\\{" + variable + " == '([A-Z_]+)'}");
        Set<String> routed = new TreeSet<>();
        for (ConditionExpression expression : model.getModelElementsByType(ConditionExpression.class)) {
            Matcher matcher = condition.matcher(expression.getTextContent().strip());
            if (matcher.matches()) {
                routed.add(matcher.group(1));
            }
        }
        return routed;
    }

    private static List<UserTask> userTasks() {
        List<UserTask> tasks = new ArrayList<>();
        BPMN_FILES.forEach(file -> tasks.addAll(model(file).getModelElementsByType(UserTask.class)));
        assertThat(tasks).isNotEmpty();
        return tasks;
    }

    private static List<String> formRefs() {
        return userTasks().stream().map(UserTask::getCamundaFormRef).toList();
    }

    private static BpmnModelInstance model(String resource) {
        try (InputStream in = FormsAndModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode form(String ref) {
        String resource = "forms/" + ref + ".form";
        try (InputStream in = FormsAndModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s referenced by a user task", resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All components of a form, nested groups included. */
    private static List<JsonNode> fields(JsonNode form) {
        List<JsonNode> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }
}
