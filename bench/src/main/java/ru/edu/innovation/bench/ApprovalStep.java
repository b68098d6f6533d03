package ru.edu.innovation.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An approval step as a reviewer takes it: completing the institute's review task through Camunda's
 * REST API, which sends the command and stores its event before it answers. Next to it the same
 * completion of a bare user task that sends no command (a one-task process deployed for the run).
 */
final class ApprovalStep implements Scenario {

    private static final String BARE_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="bench" targetNamespace="bench">
              <bpmn:process id="benchBareReview" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="start"/>
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                <bpmn:userTask id="review" camunda:candidateGroups="institute"/>
                <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
                <bpmn:endEvent id="end"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Override
    public String name() {
        return "approval step: task completion through /engine-rest";
    }

    @Override
    public List<Figure> run(Run run) throws Exception {
        int steps = run.quick() ? 5 : 40;
        deployBareProcess(run);
        double[] product = new double[run.repetitions()];
        double[] productP50 = new double[run.repetitions()];
        double[] bare = new double[run.repetitions()];
        for (int repetition = 0; repetition < run.repetitions(); repetition++) {
            List<String> applications = Projects.many(steps, run.projects()::applicationAtTheInstitute);
            List<Double> productLatencies = new ArrayList<>();
            for (String project : applications) {
                String task = run.projects().openTask("panina", project, "Task_InstituteReview");
                long started = System.nanoTime();
                Http.Response response = run.projects().completeTask("panina", task, Map.of(
                        "instituteDecision", "APPROVE", "instituteConclusion", "Проект соответствует требованиям"));
                productLatencies.add(Stats.millisSince(started));
                check(response);
            }
            List<Double> bareLatencies = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                String businessKey = "bench-" + UUID.randomUUID();
                run.commands().ok("admin", "/engine-rest/process-definition/key/benchBareReview/start",
                        Map.of("businessKey", businessKey));
                String task = run.commands().okGet("panina", "/engine-rest/task?processInstanceBusinessKey=" + businessKey)
                        .get(0).path("id").asText();
                long started = System.nanoTime();
                Http.Response response = run.projects().completeTask("panina", task, Map.of(
                        "instituteDecision", "APPROVE", "instituteConclusion", "Проект соответствует требованиям"));
                bareLatencies.add(Stats.millisSince(started));
                check(response);
            }
            product[repetition] = Stats.percentile(productLatencies, 99);
            productP50[repetition] = Stats.percentile(productLatencies, 50);
            bare[repetition] = Stats.percentile(bareLatencies, 99);
        }
        String group = "approval step: Tasklist REST completion → event stored";
        double p99 = Stats.median(product);
        return List.of(
                Figure.of(group, "latency p50", Stats.median(productP50), "ms"),
                Figure.of(group, "latency p99", p99, "ms").against("bare task completion p99", Stats.median(bare))
                        .target("< 300 ms", p99 < 300).note(steps + " completions per repetition"));
    }

    private static void check(Http.Response response) {
        if (response.status() != 204) {
            throw new IllegalStateException("task completion: " + response.status() + " " + response.body());
        }
    }

    private static void deployBareProcess(Run run) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"bench.bpmn\"; filename=\"bench.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + BARE_PROCESS + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(run.commandService().baseUrl() + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("deploying the bare process: " + response.statusCode() + " " + response.body());
        }
    }
}
