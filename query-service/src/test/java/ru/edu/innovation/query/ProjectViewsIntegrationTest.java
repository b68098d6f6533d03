package ru.edu.innovation.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.query.audit.History;
import ru.edu.innovation.query.audit.HistoryEntry;
import ru.edu.innovation.query.card.EventContext;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.documents.DocumentTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * Seed 004's project driven through command-service up to where seed 000's report stands, and
 * every read view of it checked: card, registry, history, state at a moment, hash chain, access.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectViewsIntegrationTest extends ReadSideIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private ObjectMapper json;

    private String projectId;
    private String reportId;
    private Instant beforeStatus;
    private long finalVersion;

    @BeforeAll
    @SuppressWarnings("rawtypes")
    void driveYayaProject() throws InterruptedException {
        projectId = (String) command("sikora", "/api/projects", yayaNetworkProject()).getBody().get("projectId");
        String base = "/api/projects/" + projectId;
        command("sikora", base + "/application/submission", Map.of("reviewingInstituteId", "iro-kuzbass"));
        completeTask("tikhomirova", projectId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        completeTask("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям к региональным инновационным площадкам"));
        Thread.sleep(20);
        beforeStatus = Instant.now();
        Thread.sleep(20);
        completeTask("minobr", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", statusOrder2469().orderNumber(), "orderDate", statusOrder2469().orderDate().toString(),
                "validFrom", statusOrder2469().validFrom().toString(), "validTo", statusOrder2469().validTo().toString()));
        String activityId = (String) command("sikora", base + "/activities", conferenceActivity()).getBody().get("id");
        command("sikora", base + "/held-events", conferenceHeld(activityId));
        String indicatorId = (String) command("sikora", base + "/indicators", ogeAverageScorePhysics()).getBody().get("id");
        command("sikora", base + "/indicators/" + indicatorId + "/values", new IndicatorValue(
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)), new BigDecimal("15.6"), "ОГЭ 2023"));
        reportId = (String) command("sikora", base + "/reports", interimReport2022_2023()).getBody().get("id");
        command("tikhomirova", base + "/reports/" + reportId + "/signature", null);
        ResponseEntity<Map> last = command("sikora", base + "/stages/1/completion-request",
                new StageCompletionRequest("Подготовительный этап выполнен: карта ресурсов и модель сети готовы"));
        finalVersion = ((Number) last.getBody().get("version")).longValue();
    }

    @Test
    @DisplayName("the card shows the project as the seeds do, up to the version the last command answered")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void cardWaitsForTheLastCommand() {
        ResponseEntity<Map> card = as("panina").getForEntity("/api/projects/{id}?minVersion={v}", Map.class,
                projectId, finalVersion);

        assertThat(card.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map body = card.getBody();
        assertThat(((Number) body.get("version")).longValue()).isEqualTo(finalVersion);
        assertThat(body.get("status")).isEqualTo("ACTIVE");
        assertThat(body.get("level")).isEqualTo("REGIONAL");
        assertThat((Map) body.get("statusOrder")).containsEntry("orderNumber", "2469");
        Map details = (Map) body.get("details");
        assertThat((String) details.get("theme")).startsWith("Повышение качества образовательных результатов");
        assertThat((Map) details.get("leadOrganization")).containsEntry("id", "imc-yaya");
        List<Map> stages = (List<Map>) body.get("stages");
        assertThat(stages.get(0)).containsEntry("started", true).containsEntry("step", "AWAITING_INSTITUTE");
        List<Map> application = (List<Map>) body.get("application");
        assertThat(application).extracting(step -> step.get("step"))
                .containsExactly("SUBMITTED", "SIGNED", "INSTITUTE", "MINISTRY");
        assertThat(application.get(2)).containsEntry("by", "panina").containsEntry("decision", "APPROVE");
        Map reports = (Map) body.get("reports");
        assertThat((Map) reports.get(reportId)).containsEntry("step", "AWAITING_INSTITUTE");
        Map activities = (Map) body.get("activities");
        assertThat(activities).hasSize(1);
        Map indicators = (Map) body.get("indicators");
        assertThat((List) ((Map) indicators.values().iterator().next()).get("values")).hasSize(1);
    }

    @Test
    @DisplayName("events held are kept in pages of their own, not in the stored card, and the card shows them")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void heldEventsInPagesOfTheirOwn() {
        awaitCard();
        assertThat(jdbc.queryForObject("SELECT json_array_length(held) FROM held_event_page WHERE project_id = ?",
                Integer.class, projectId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT card::text FROM project_card WHERE project_id = ?", String.class, projectId))
                .doesNotContain("resultsAndProducts");
        Map activities = (Map) as("panina").getForEntity("/api/projects/{id}", Map.class, projectId).getBody()
                .get("activities");
        assertThat((List) ((Map) activities.values().iterator().next()).get("held")).hasSize(1);
    }

    @Test
    @DisplayName("a version the views cannot reach in time is answered 409 VIEW_NOT_YET_UPDATED")
    @SuppressWarnings("rawtypes")
    void versionNotReached() {
        ResponseEntity<Map> card = as("panina").getForEntity("/api/projects/{id}?minVersion={v}", Map.class,
                projectId, finalVersion + 100);

        assertThat(card.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(card.getBody()).containsEntry("code", "VIEW_NOT_YET_UPDATED");
    }

    @Test
    @DisplayName("the registry filters by level, status, territory, stage and organization and searches the theme")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void registry() {
        awaitCard();
        Map page = as("minobr").getForEntity("/api/projects?level=REGIONAL&status=ACTIVE&stage=1&organization=imc-yaya"
                + "&territory={t}&q=ОГЭ", Map.class, "Яйский муниципальный округ").getBody();
        assertThat((List<Map>) page.get("items")).extracting(item -> item.get("projectId")).contains(projectId);

        Map none = as("minobr").getForEntity("/api/projects?status=REJECTED&organization=imc-yaya", Map.class).getBody();
        assertThat((List<Map>) none.get("items")).extracting(item -> item.get("projectId")).doesNotContain(projectId);

        Map otherSchool = as("kartashova").getForEntity("/api/projects", Map.class).getBody();
        assertThat((List<Map>) otherSchool.get("items")).extracting(item -> item.get("projectId")).doesNotContain(projectId);

        ResponseEntity<Map> badSort = as("minobr").getForEntity("/api/projects?sort=password", Map.class);
        assertThat(badSort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @DisplayName("enum filters take any case; a value outside the enumeration is 400 naming the allowed ones")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void enumFiltersInAnyCase() {
        awaitCard();
        ResponseEntity<Map> lowerCase = as("minobr").getForEntity(
                "/api/projects?level=regional&status=Active&organization=imc-yaya", Map.class);
        assertThat(lowerCase.getStatusCode()).as("%s", lowerCase.getBody()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map>) lowerCase.getBody().get("items")).extracting(item -> item.get("projectId"))
                .contains(projectId);
        Map none = as("minobr").getForEntity("/api/projects?status=rejected&organization=imc-yaya", Map.class).getBody();
        assertThat((List<Map>) none.get("items")).extracting(item -> item.get("projectId")).doesNotContain(projectId);
        Map queue = as("panina").getForEntity("/api/reviews/pending?level=institute&item=stage_completion&size=200",
                Map.class).getBody();
        assertThat((List<Map>) queue.get("items")).filteredOn(item -> projectId.equals(item.get("projectId")))
                .extracting(item -> item.get("item")).containsExactly("STAGE_COMPLETION");

        ResponseEntity<Map> badLevel = as("minobr").getForEntity("/api/projects?level=krai", Map.class);
        assertThat(badLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLevel.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((String) badLevel.getBody().get("detail")).contains("level", "«krai»",
                "FEDERAL, REGIONAL, MUNICIPAL, INSTITUTE_SUPPORT_SITE");
        ResponseEntity<Map> badItem = as("minobr").getForEntity("/api/reviews/pending?item=order", Map.class);
        assertThat(badItem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) badItem.getBody().get("detail")).contains("item", "APPLICATION, REPORT, STAGE_COMPLETION");
    }

    @Test
    @DisplayName("the history lists every event in order with who, organization, role, process and task")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void history() {
        Map history = as("auditor").getForEntity("/api/projects/{id}/history?size=500", Map.class, projectId).getBody();

        assertThat(((Number) history.get("total")).longValue()).isEqualTo(storedVersion(projectId) + 1);
        List<Map> events = (List<Map>) history.get("events");
        assertThat(events).extracting(event -> event.get("type")).startsWith(
                "ProjectDraftRegisteredEvent", "ApplicationSubmittedEvent", "ReviewingInstituteAssignedEvent",
                "ApplicationSignedEvent",
                "ExpertDecisionRecordedEvent", "StatusAssignedEvent", "StageStartedEvent");
        Map expert = events.get(4);
        assertThat(expert).containsEntry("userId", "panina").containsEntry("role", "INSTITUTE")
                .containsEntry("organizationId", "iro-kuzbass");
        assertThat(expert.get("processInstanceId")).isNotNull();
        assertThat(expert.get("taskId")).isNotNull();
        assertThat((Map) expert.get("payload")).containsKey("review");
        assertThat(history.keySet()).as("the page as the contract History names it")
                .containsExactlyElementsOf(componentsOf(History.class));
        assertThat(events).allSatisfy(event -> assertThat(event.keySet()).as("an entry as HistoryEntry names it")
                .isSubsetOf(componentsOf(HistoryEntry.class))
                .contains("sequence", "eventId", "type", "revision", "occurredAt", "userId", "hash", "payload"));
        assertThat(Instant.parse((String) expert.get("occurredAt"))).as("the stored moment, to the millisecond")
                .isEqualTo(Instant.parse(jdbc.queryForObject(
                        "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 4",
                        String.class, projectId)));

        Map secondPage = as("auditor").getForEntity("/api/projects/{id}/history?page=1&size=2", Map.class, projectId)
                .getBody();
        assertThat((List<Map>) secondPage.get("events")).extracting(event -> ((Number) event.get("sequence")).intValue())
                .containsExactly(2, 3);

        assertThat(as("auditor").getForEntity("/api/projects/{id}/history?size=2000", Map.class, projectId)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(as("auditor").getForEntity("/api/projects/{id}/history?size=2001", Map.class, projectId)
                .getStatusCode().value()).as("pages are bounded").isEqualTo(400);
    }

    @Test
    @DisplayName("the state at a moment before the status shows the application at the ministry")
    @SuppressWarnings("rawtypes")
    void stateBeforeTheStatus() {
        Map before = as("auditor").getForEntity("/api/projects/{id}/state?at={at}", Map.class, projectId,
                beforeStatus.toString()).getBody();
        assertThat(before.get("status")).isEqualTo("AT_MINISTRY");
        assertThat(before.get("statusOrder")).isNull();

        Map now = as("auditor").getForEntity("/api/projects/{id}/state?at={at}", Map.class, projectId,
                Instant.now().toString()).getBody();
        assertThat(now.get("status")).isEqualTo("ACTIVE");

        ResponseEntity<Map> beforeTheProject = as("auditor").getForEntity("/api/projects/{id}/state?at=2000-01-01",
                Map.class, projectId);
        assertThat(beforeTheProject.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> malformed = as("auditor").getForEntity("/api/projects/{id}/state?at=yesterday",
                Map.class, projectId);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @DisplayName("the card is kept after every third event, and the state at each event's moment is the fold of "
            + "the stream up to it")
    void stateFromCheckpoints() throws Exception {
        awaitCheckpoints();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId).asStream().toList();
        ProjectCard fold = new ProjectCard();
        for (int i = 0; i < events.size(); i++) {
            DomainEventMessage<?> event = events.get(i);
            fold.apply(event.getPayload(), EventContext.of(event));
            if (i + 1 < events.size() && !events.get(i + 1).getTimestamp().isAfter(event.getTimestamp())) {
                continue; // the next event has the same moment: the state at it shows both
            }
            ResponseEntity<String> state = as("auditor").getForEntity("/api/projects/{id}/state?at={at}", String.class,
                    projectId, event.getTimestamp().toString());
            assertThat(json.readTree(state.getBody())).as("the state at event %d", event.getSequenceNumber())
                    .isEqualTo(json.readTree(json.writeValueAsString(fold)));
        }
    }

    @Test
    @DisplayName("a state is replayed from the latest checkpoint before the moment, not from the first event")
    void stateStartsAtTheCheckpoint() throws Exception {
        awaitCheckpoints();
        // Events of one command share a moment, so a checkpoint may end at the same moment as its neighbour:
        // the one tampered with must be the only checkpoint of its moment to tell which one a read started at.
        record Checkpoint(long sequence, Instant until) { }
        List<Checkpoint> checkpoints = jdbc.query("SELECT sequence_number, events_until FROM card_checkpoint "
                + "WHERE project_id = ? ORDER BY sequence_number", (row, n) -> new Checkpoint(row.getLong(1),
                row.getObject(2, OffsetDateTime.class).toInstant()), projectId);
        Checkpoint chosen = IntStream.range(1, checkpoints.size() - 1)
                .filter(i -> checkpoints.get(i - 1).until().isBefore(checkpoints.get(i).until())
                        && checkpoints.get(i).until().isBefore(checkpoints.get(i + 1).until()))
                .mapToObj(checkpoints::get).findFirst()
                .orElseThrow(() -> new AssertionError("no checkpoint alone at its moment: " + checkpoints));
        long sequence = chosen.sequence();
        Instant until = chosen.until();

        byte[] stored = jdbc.queryForObject("SELECT card FROM card_checkpoint WHERE project_id = ? "
                + "AND sequence_number = ?", byte[].class, projectId, sequence);
        ObjectNode marked = (ObjectNode) json.readTree(stored);
        assertThat(marked.get("version").asLong()).as("a checkpoint is the card after its event").isEqualTo(sequence);
        marked.put("applicationOverdue", true);
        jdbc.update("UPDATE card_checkpoint SET card = ? WHERE project_id = ? AND sequence_number = ?",
                json.writeValueAsBytes(marked), projectId, sequence);
        try {
            assertThat(stateAt(until).get("applicationOverdue").asBoolean())
                    .as("the state at checkpoint %d's moment", sequence).isTrue();
            assertThat(stateAt(until.minusNanos(1000)).get("applicationOverdue").asBoolean())
                    .as("the state just before it").isFalse();
        } finally {
            jdbc.update("UPDATE card_checkpoint SET card = ? WHERE project_id = ? AND sequence_number = ?",
                    stored, projectId, sequence);
        }
    }

    @Test
    @DisplayName("checkpoints emptied (as by a rebuild) are written again after a read that had to replay past them")
    void checkpointsWrittenAgainAfterALongReplay() {
        awaitCheckpoints();
        jdbc.update("DELETE FROM card_checkpoint WHERE project_id = ?", projectId);

        assertThat(stateAt(Instant.now()).get("version").asLong()).isEqualTo(storedVersion(projectId));

        awaitCheckpoints();
    }

    @Test
    @DisplayName("an unreadable checkpoint is replayed past from the first event and written anew")
    void unreadableCheckpoint() throws Exception {
        awaitCheckpoints();
        Long last = jdbc.queryForObject("SELECT max(sequence_number) FROM card_checkpoint WHERE project_id = ?",
                Long.class, projectId);
        jdbc.update("UPDATE card_checkpoint SET card = ? WHERE project_id = ? AND sequence_number = ?",
                "{\"version\": 1, \"status\"".getBytes(StandardCharsets.UTF_8), projectId, last);

        assertThat(stateAt(Instant.now()).get("version").asLong()).isEqualTo(storedVersion(projectId));

        awaitCheckpoints();
        byte[] rewritten = jdbc.queryForObject("SELECT card FROM card_checkpoint WHERE project_id = ? "
                + "AND sequence_number = ?", byte[].class, projectId, last);
        assertThat(json.readTree(rewritten).get("version").asLong()).isEqualTo(last);
    }

    private JsonNode stateAt(Instant moment) {
        ResponseEntity<String> state = as("auditor").getForEntity("/api/projects/{id}/state?at={at}", String.class,
                projectId, moment.toString());
        assertThat(state.getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            return json.readTree(state.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the checkpoints after events 2, 5, 8… of the project are written (on their own thread). */
    private void awaitCheckpoints() {
        awaitCard();
        List<Long> expected = LongStream.rangeClosed(0, storedVersion(projectId)).filter(seq -> (seq + 1) % 3 == 0)
                .boxed().toList();
        eventually(() -> jdbc.queryForList("SELECT sequence_number FROM card_checkpoint WHERE project_id = ? "
                + "ORDER BY sequence_number", Long.class, projectId).equals(expected));
    }

    @Test
    @DisplayName("the hash chain is intact, and every event was checked")
    @SuppressWarnings("rawtypes")
    void verifyIntact() {
        Map verification = as("auditor").getForEntity("/api/projects/{id}/verify", Map.class, projectId).getBody();

        assertThat(verification.get("intact")).isEqualTo(true);
        assertThat(((Number) verification.get("eventsChecked")).longValue()).isEqualTo(storedVersion(projectId) + 1);
    }

    @Test
    @DisplayName("another school can neither read the project nor its history; unknown projects are 404")
    @SuppressWarnings("rawtypes")
    void accessRules() {
        awaitCard();
        assertThat(as("kartashova").getForEntity("/api/projects/{id}", Map.class, projectId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("kartashova").getForEntity("/api/projects/{id}/history", Map.class, projectId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("sikora").getForEntity("/api/projects/{id}", Map.class, projectId).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("auditor").getForEntity("/api/projects/unknown-project", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/projects", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("auditor", "wrong").getForEntity("/api/projects", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * The sections the seeds' report has at the institute's review, in the form's order; no conclusion yet.
     * The report is drawn as submitted: its stage still ran then (its completion was asked for after).
     */
    private static final List<String> REPORT_SECTIONS = List.of("Промежуточный отчёт",
            "региональной инновационной площадки", "МБУ ИМЦ УО Яйского округа (сетевой проект)",
            "Приказ о присвоении статуса от 30.09.2022 №2469", "за отчётный период 2022–2023", "1. Общие сведения",
            "1.1. Наименование образовательной организации", "МБОУ «Новониколаевская основная общеобразовательная школа»",
            "1.2. Адрес и контакты", "1.3. Руководитель инновационной площадки",
            "Тихомирова Светлана Анатольевна, директор", "2. Информационно-аналитическая справка", "Тема:", "Цель:",
            "Задачи:", "Этапы", "Подготовительный этап", "идёт",
            "Содержание деятельности по реализации инновационного проекта", conferenceActivity().title(),
            "17.03.2023", "Участники проведённых мероприятий по категориям", "Показатели: целевые и достигнутые значения",
            "Средний балл ОГЭ по физике", "15.6", "Аналитическая справка образовательной организации",
            "С марта по июнь в округе");

    @Test
    @DisplayName("the report's document in PDF, DOCX and HTML: every recorded section in the form's order, a Russian file name")
    void reportDocumentInEveryFormat() throws IOException {
        awaitCard();
        String path = "/api/projects/{id}/reports/{reportId}/document?format={format}";

        ResponseEntity<byte[]> pdf = as("panina").getForEntity(path, byte[].class, projectId, reportId, "pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");
        assertThat(pdf.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("Промежуточный отчёт МБУ ИМЦ Яйского округа 2022–2023.pdf");
        String pdfText = DocumentTexts.pdfText(pdf.getBody());
        DocumentTexts.assertInOrder(pdfText, REPORT_SECTIONS);
        // No deviation, normative act or conclusion is recorded yet: those sections are not printed.
        assertThat(pdfText).doesNotContain("Отклонения от плана", "Нормативные акты", "Заключение научного консультанта");

        ResponseEntity<byte[]> docx = as("sikora").getForEntity(path, byte[].class, projectId, reportId, "DOCX");
        assertThat(docx.getHeaders().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.getHeaders().getContentDisposition().getFilename()).endsWith("2022–2023.docx");
        DocumentTexts.assertInOrder(DocumentTexts.docxText(docx.getBody()), REPORT_SECTIONS);

        ResponseEntity<String> html = as("minobr").getForEntity(path, String.class, projectId, reportId, "html");
        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(html.getHeaders().getContentDisposition().getType()).isEqualTo("inline");
        DocumentTexts.assertInOrder(html.getBody().replaceAll("<[^>]+>", " "), REPORT_SECTIONS);
        assertThat(html.getBody()).contains("<svg");
    }

    @Test
    @DisplayName("a draft for a period: the project as it stood at the period's end, refused for a period before it existed")
    @SuppressWarnings("rawtypes")
    void reportDraft() throws IOException {
        awaitCard();
        String path = "/api/projects/{id}/report-draft?from={from}&to={to}&kind={kind}&format={format}";
        String to = LocalDate.now().plusYears(1).toString();

        ResponseEntity<byte[]> draft = as("sikora").getForEntity(path, byte[].class, projectId, "2022-09-01", to,
                "final", "pdf");
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draft.getHeaders().getContentDisposition().getFilename()).startsWith("Проект отчёта МБУ ИМЦ Яйского округа");
        String text = DocumentTexts.pdfText(draft.getBody());
        DocumentTexts.assertInOrder(text, List.of("ПРОЕКТ", "Итоговый отчёт", "1. Общие сведения",
                "МБУ ИМЦ УО Яйского округа", "пгт Яя, ул. Советская, 17", conferenceActivity().title(), "17.03.2023"));
        assertThat(text).doesNotContain("Аналитическая справка образовательной организации");

        ResponseEntity<Map> beforeTheProject = as("sikora").getForEntity(path, Map.class, projectId, "2022-09-01",
                "2023-08-31", "INTERIM", "html");
        assertThat(beforeTheProject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(beforeTheProject.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((String) beforeTheProject.getBody().get("detail")).contains("ещё не был зарегистрирован");
    }

    @Test
    @DisplayName("report documents: a bad format or date is 400 in Russian, an unknown report 404, another school's project 403")
    @SuppressWarnings("rawtypes")
    void reportDocumentRefusals() {
        awaitCard();
        String document = "/api/projects/{id}/reports/{reportId}/document?format={format}";
        String draft = "/api/projects/{id}/report-draft?from={from}&to={to}";

        ResponseEntity<Map> badFormat = as("sikora").getForEntity(document, Map.class, projectId, reportId, "odt");
        assertThat(badFormat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badFormat.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((String) badFormat.getBody().get("detail")).contains("format", "HTML, PDF, DOCX");
        ResponseEntity<Map> badDate = as("sikora").getForEntity(draft, Map.class, projectId, "2023-02-30", "2023-08-31");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody()).containsEntry("code", "VALIDATION_FAILED");
        ResponseEntity<Map> reversed = as("sikora").getForEntity(draft, Map.class, projectId, "2023-08-31", "2023-01-01");
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) reversed.getBody().get("detail")).contains("позже его окончания");
        ResponseEntity<Map> unknown = as("sikora").getForEntity(document, Map.class, projectId, "no-such-report", "pdf");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("code", "REPORT_NOT_FOUND");
        assertThat(as("kartashova").getForEntity(document, Map.class, projectId, reportId, "pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> otherSchoolsDraft = as("kartashova").getForEntity(draft, Map.class, projectId,
                "2023-01-01", "2023-08-31");
        assertThat(otherSchoolsDraft.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherSchoolsDraft.getBody()).containsEntry("code", "PROJECT_ACCESS_DENIED");
    }

    private void awaitCard() {
        eventually(() -> jdbc.queryForList("SELECT version FROM project_card WHERE project_id = ?", Long.class, projectId)
                .stream().anyMatch(version -> version >= finalVersion));
        awaitEveryProjection();
    }

    private static List<String> componentsOf(Class<? extends Record> contract) {
        return Arrays.stream(contract.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
