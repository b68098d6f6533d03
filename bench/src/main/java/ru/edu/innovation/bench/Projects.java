package ru.edu.innovation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.seeds.SeedProjects;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Brings projects to where commands can be measured, through the real API and approval tasks. */
public final class Projects {

    /** Seed 004's project is reviewed by IRO Kuzbass, whose expert panina takes its institute tasks. */
    private static final Map<String, String> REVIEWED_BY_IRO = Map.of("reviewingInstituteId", "iro-kuzbass");

    private final Http commands;

    public Projects(Http commands) {
        this.commands = commands;
    }

    /** Seed 004's project with its status assigned: held events can be recorded on it. */
    public String activeProject() {
        String projectId = commands.ok("sikora", "/api/projects", SeedProjects.yayaNetworkProject()).path("projectId").asText();
        commands.ok("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);
        complete("tikhomirova", projectId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        complete("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям"));
        var order = SeedProjects.statusOrder2469();
        complete("minobr", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", order.orderNumber(), "orderDate", order.orderDate().toString(),
                "validFrom", order.validFrom().toString(), "validTo", order.validTo().toString()));
        return projectId;
    }

    /** Seed 004's application, signed: its institute review task is open. */
    public String applicationAtTheInstitute() {
        String projectId = commands.ok("sikora", "/api/projects", SeedProjects.yayaNetworkProject()).path("projectId").asText();
        commands.ok("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO);
        complete("tikhomirova", projectId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        return projectId;
    }

    /** A held event like the conference of seed 000, the body of the measured command. */
    public static HeldEvent heldEvent(int number) {
        return new HeldEvent(LocalDate.of(2023, 3, 17), "Сетевое мероприятие №" + number, EventLevel.MUNICIPAL,
                "очно, на базе Центров образования «Точка роста»", new ParticipantCounts(14, 52, 0, 3),
                "Обучающиеся 8-9 классов представили исследовательские работы по физике, химии и биологии", null);
    }

    public String openTask(String user, String businessKey, String taskKey) {
        JsonNode tasks = commands.okGet(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey);
        if (tasks.size() != 1) {
            throw new IllegalStateException("expected one open " + taskKey + " of " + businessKey + ", got " + tasks);
        }
        return tasks.get(0).path("id").asText();
    }

    public Http.Response completeTask(String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return commands.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    private void complete(String user, String businessKey, String taskKey, Map<String, Object> values) {
        Http.Response response = completeTask(user, openTask(user, businessKey, taskKey), values);
        if (response.status() != 204) {
            throw new IllegalStateException(taskKey + " of " + businessKey + ": " + response.status() + " " + response.body());
        }
    }

    static List<String> many(int count, java.util.function.Supplier<String> each) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> each.get()).toList();
    }
}
