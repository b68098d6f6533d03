package ru.edu.innovation.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.processes.task.DecisionFields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps what a user sends through {@code /engine-rest} to what the approval chains expect from them.
 * A task of the product's processes takes only its form's decision fields (and the fields the form
 * shows, unchanged): the process's own variables (the project, the organization, the level applied
 * for …) cannot be set by completing a task or writing a task's variables, and the variables of the
 * product's process instances are not written through the REST API at all. No variable may be a
 * serialized object: the processes hold only plain values, and deserializing what a user sent is
 * how serialized objects attack. Text with control characters (other than line breaks and tabs) is
 * refused as at the command API's door.
 */
@Component
public class EngineRestVariableGuard implements ContainerRequestFilter {

    private static final Pattern TASK_COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)/?");
    private static final Pattern TASK_VARIABLES = Pattern.compile("task/([^/]+)/(variables|localVariables)/?");
    private static final Pattern TASK_VARIABLE = Pattern.compile("task/([^/]+)/(variables|localVariables)/([^/]+)/?");
    private static final Pattern VARIABLE_DATA = Pattern.compile(".*/(variables|localVariables)/[^/]+/data/?");
    private static final Pattern INSTANCE_VARIABLES =
            Pattern.compile("(execution|process-instance)/([^/]+)/(variables|localVariables)(/[^/]+)?/?");
    /** Camunda stores a string variable in a column of this many characters. */
    static final int MAX_TEXT = 4000;
    /** Value types whose content is not plain data: serialized objects, files, bytes. */
    private static final Set<String> SERIALIZED_TYPES = Set.of("object", "file", "bytes");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Set<String> PRODUCT_PROCESSES = Set.of(
            ApprovalProcesses.APPLICATION_PROCESS, ApprovalProcesses.REPORT_PROCESS, ApprovalProcesses.STAGE_PROCESS);

    private final EngineRestProblems problems;
    private final DecisionFields decisionFields;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ObjectMapper json;

    public EngineRestVariableGuard(EngineRestProblems problems, DecisionFields decisionFields, TaskService taskService,
                                   RuntimeService runtimeService, RepositoryService repositoryService, ObjectMapper json) {
        this.problems = problems;
        this.decisionFields = decisionFields;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.json = json;
    }

    /** Why a request is refused: its problem's code, title, detail and the offending fields. */
    record Refusal(String code, String title, String detail, List<Map<String, String>> errors) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        boolean controlInAddress = request.getUriInfo().getQueryParameters().entrySet().stream()
                .anyMatch(parameter -> hasControlCharacters(parameter.getKey())
                        || parameter.getValue().stream().anyMatch(EngineRestVariableGuard::hasControlCharacters))
                || request.getUriInfo().getPathSegments().stream()
                .anyMatch(segment -> hasControlCharacters(segment.getPath()));
        if (controlInAddress) {
            request.abortWith(problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Недопустимые символы",
                    "Адрес и параметры запроса не могут содержать управляющие символы"));
            return;
        }
        JsonNode body = jsonBody(request);
        check(request.getMethod(), request.getUriInfo().getPath(), body, true)
                .ifPresent(refusal -> request.abortWith(problems.problem(HttpStatus.BAD_REQUEST, refusal.code(),
                        refusal.title(), refusal.detail(), refusal.errors().isEmpty() ? null : refusal.errors())));
    }

    /**
     * Checks a request to Camunda's REST API at {@code path} (relative to the engine, e.g.
     * {@code task/<id>/complete}). With {@code shownMustMatch} the fields a form only shows must come
     * back unchanged; without, any field of the form may be sent (Tasklist sends back what it showed).
     */
    Optional<Refusal> check(String method, String path, JsonNode body, boolean shownMustMatch) {
        if (!"POST".equals(method) && !"PUT".equals(method) && !"DELETE".equals(method)) {
            return Optional.empty();
        }
        if (body != null && hasObjectValue(body)) {
            return refusal("OBJECT_VARIABLE_REFUSED", "Переменные-объекты не принимаются",
                    "Переменные процессов — строки, числа, даты и логические значения; объекты (в том числе "
                            + "сериализованные Java-объекты) движок процессов не принимает");
        }
        if (body != null && hasControlCharacters(body)) {
            return refusal("VALIDATION_FAILED", "Недопустимые символы",
                    "Значения переменных не могут содержать управляющие символы, кроме перевода строки и табуляции");
        }
        if (body != null && longestText(body) > MAX_TEXT) {
            return refusal("VALIDATION_FAILED", "Слишком длинный текст",
                    "Текст переменной процесса — не длиннее " + MAX_TEXT + " знаков");
        }
        if (VARIABLE_DATA.matcher(path).matches() && !"DELETE".equals(method)) {
            return refusal("OBJECT_VARIABLE_REFUSED", "Переменные-файлы не принимаются",
                    "Переменные процессов — строки, числа, даты и логические значения; файлы и двоичные данные "
                            + "движок процессов не принимает");
        }
        Matcher matcher;
        if ((matcher = TASK_COMPLETION.matcher(path)).matches()) {
            return checkTaskVariables(matcher.group(1), fields(body, "variables"), shownMustMatch);
        }
        if ((matcher = TASK_VARIABLES.matcher(path)).matches()) {
            Map<String, JsonNode> written = fields(body, "modifications");
            if (body != null) {
                body.path("deletions").forEach(name -> written.put(name.asText(), null));
            }
            return checkTaskVariables(matcher.group(1), written, shownMustMatch);
        }
        if ((matcher = TASK_VARIABLE.matcher(path)).matches()) {
            Map<String, JsonNode> written = new LinkedHashMap<>();
            written.put(matcher.group(3), "PUT".equals(method) && body != null ? body : null);
            return checkTaskVariables(matcher.group(1), written, shownMustMatch);
        }
        if ((matcher = INSTANCE_VARIABLES.matcher(path)).matches() && belongsToProductProcess(matcher.group(2))) {
            return refusal("VARIABLE_NOT_ALLOWED", "Переменные процесса не меняются извне",
                    "Переменные процессов согласования задаёт сам процесс; решение вносится через задачу");
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkTaskVariables(String taskId, Map<String, JsonNode> written, boolean shownMustMatch) {
        if (written.isEmpty()) {
            return Optional.empty();
        }
        // Unknown or invisible to the caller: Camunda answers that itself.
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        CamundaFormRef formRef = task == null ? null : task.getCamundaFormRef();
        Optional<DecisionFields.Form> form = formRef == null ? Optional.empty() : decisionFields.of(formRef.getKey());
        if (form.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, String>> errors = new ArrayList<>();
        written.forEach((name, value) -> {
            boolean decision = form.get().decisions().contains(name);
            boolean shown = form.get().shown().contains(name)
                    && (!shownMustMatch || value != null && sameAsNow(taskId, name, value));
            if (!decision && !shown) {
                errors.add(Map.of("field", PLAIN_NAME.matcher(name).matches() ? name : "?",
                        "message", "не поле решения этой задачи"));
            }
        });
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("VARIABLE_NOT_ALLOWED", "Поле не принимается задачей",
                "Задача принимает только поля решения своей формы; не приняты: "
                        + String.join(", ", errors.stream().map(error -> error.get("field")).toList()),
                errors));
    }

    /** A field the form only shows may come back as it was shown (a client that sends the whole form). */
    private boolean sameAsNow(String taskId, String name, JsonNode sent) {
        Object current = taskService.getVariable(taskId, name);
        JsonNode value = sent.path("value");
        return current == null ? value.isNull() || value.isMissingNode() || value.asText().isEmpty()
                : Objects.equals(current.toString(), value.asText());
    }

    private boolean belongsToProductProcess(String executionId) {
        Execution execution = runtimeService.createExecutionQuery().executionId(executionId).singleResult();
        if (execution == null) {
            return false;
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).singleResult();
        return instance != null
                && PRODUCT_PROCESSES.contains(repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getKey());
    }

    private static Optional<Refusal> refusal(String code, String title, String detail) {
        return Optional.of(new Refusal(code, title, detail, List.of()));
    }

    /** The request's JSON body, read and put back for Camunda; null if there is none or it is not JSON. */
    private JsonNode jsonBody(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !type.getSubtype().toLowerCase().contains("json")) {
            return null;
        }
        byte[] bytes = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(bytes));
        return parse(bytes);
    }

    /** The JSON in {@code bytes}; null if it is not JSON (Camunda's reader refuses it, as a problem detail too). */
    JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException malformed) {
            return null;
        }
    }

    private static Map<String, JsonNode> fields(JsonNode body, String name) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (body != null && body.path(name).isObject()) {
            body.path(name).fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        }
        return fields;
    }

    /** Any text or name in the body with a control character other than a line break or a tab (NUL cannot even be stored). */
    private static boolean hasControlCharacters(JsonNode node) {
        if (node.isTextual()) {
            return hasControlCharacters(node.textValue());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (hasControlCharacters(names.next())) {
                return true;
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            if (hasControlCharacters(children.next())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** The longest text in the body: Camunda keeps a string variable in a column of {@value #MAX_TEXT} characters. */
    private static int longestText(JsonNode node) {
        int longest = node.isTextual() ? node.textValue().length() : 0;
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            longest = Math.max(longest, longestText(children.next()));
        }
        return longest;
    }

    /** Any typed value in the body (a variable, a correlation key …) of Camunda's type Object. */
    private static boolean hasObjectValue(JsonNode node) {
        if (node.isObject() && SERIALIZED_TYPES.contains(node.path("type").asText().toLowerCase(java.util.Locale.ROOT))
                && (node.has("value") || node.has("valueInfo"))) {
            return true;
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            if (hasObjectValue(children.next())) {
                return true;
            }
        }
        return false;
    }
}
