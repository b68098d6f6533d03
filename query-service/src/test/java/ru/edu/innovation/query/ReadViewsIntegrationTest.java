package ru.edu.innovation.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.api.stage.StageCompletionRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.efficiencyIndicatorsActivity;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScoreChemistry;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * The read views over two projects driven through command-service and Camunda: seed 002's support
 * site of school №12 (Mariinsk), left with its first stage at the ministry, and seed 004's network
 * project (Yaya), with a roadmap, OGE indicators, its first stage completed and seed 000's report
 * returned once, resubmitted and now overdue at the ministry. All their dates lie in 2023–2024, so
 * «today» (the real clock) is after every deadline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadViewsIntegrationTest extends ReadSideIntegrationTest {

    private static final String MARIINSK = "Мариинский муниципальный округ";
    private static final String YAYA = "Яйский муниципальный округ";


    private String supportSiteId;
    private long supportSiteVersion;
    private String projectId;
    private String reportId;
    private long version;
    private final Map<String, String> activities = new HashMap<>();

    @BeforeAll
    void driveProjects() {
        driveSupportSite();
        driveYayaProject();
    }

    /** Seed 002: status assigned, completion of the first stage approved by the institute, waiting at its directorate. */
    private void driveSupportSite() {
        supportSiteId = (String) command("abdulkhakova", "/api/projects", supportSiteProgram()).getBody().get("projectId");
        String base = "/api/projects/" + supportSiteId;
        command("abdulkhakova", base + "/application/submission", Map.of("reviewingInstituteId", "kripkipro"));
        completeTask("kartashova", supportSiteId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        completeTask("krasnoshlykova", supportSiteId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Программа опорной площадки соответствует требованиям КРИПКиПРО"));
        // A support site is decided by its institute's directorate, by the institute's order.
        completeTask("rector-kripkipro", supportSiteId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", "1547", "orderDate", "2022-08-30", "validFrom", "2022-09-01", "validTo", "2024-05-31"));
        command("kartashova", base + "/stages/1/completion-request",
                new StageCompletionRequest("Организационный этап: создан муниципальный образовательный кластер"));
        completeTask("krasnoshlykova", supportSiteId + "/stages/1", "Task_InstituteReview", Map.of(
                "instituteDecision", "APPROVE", "instituteConclusion", "Этап выполнен"));
        supportSiteVersion = storedVersion(supportSiteId);
    }

    @SuppressWarnings("rawtypes")
    private void driveYayaProject() {
        projectId = (String) command("sikora", "/api/projects", yayaNetworkProject()).getBody().get("projectId");
        String base = "/api/projects/" + projectId;
        command("sikora", base + "/application/submission", Map.of("reviewingInstituteId", "iro-kuzbass"));
        completeTask("tikhomirova", projectId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        completeTask("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям к региональным инновационным площадкам"));
        completeTask("minobr", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", statusOrder2469().orderNumber(), "orderDate", statusOrder2469().orderDate().toString(),
                "validFrom", statusOrder2469().validFrom().toString(), "validTo", statusOrder2469().validTo().toString()));

        activities.put("resource-map", id(command("sikora", base + "/activities", resourceMapActivity())));
        activities.put("efficiency", id(command("sikora", base + "/activities", efficiencyIndicatorsActivity())));
        activities.put("conference", id(command("sikora", base + "/activities", conferenceActivity())));
        activities.put("methodical-day", id(command("sikora", base + "/activities", methodicalDayActivity())));
        command("sikora", base + "/held-events", new HeldEvent(LocalDate.of(2023, 2, 20),
                "Заполнение карт ресурсов Центров образования «Точка роста»", EventLevel.MUNICIPAL, "дистанционно",
                new ParticipantCounts(22, 0, 0, 2), "Создана муниципальная база ресурсов Центров образования «Точка роста»",
                activities.get("resource-map")));
        command("sikora", base + "/held-events", conferenceHeld(activities.get("conference")));
        command("sikora", base + "/held-events", new HeldEvent(LocalDate.of(2023, 4, 12),
                "Обучающий семинар: работа на интерактивной платформе Miro", EventLevel.MUNICIPAL, "очно",
                new ParticipantCounts(9, 0, 0, 0), "100 % заместителей руководителей по УВР обучены работе в Miro", null));
        command("sikora", base + "/activities/" + activities.get("methodical-day") + "/deviation", new Deviation(
                "Карантин в школах округа", "Методический день перенесён на май в дистанционном формате"));

        String physics = id(command("sikora", base + "/indicators", ogeAverageScorePhysics()));
        command("sikora", base + "/indicators", ogeAverageScoreChemistry());
        command("sikora", base + "/indicators/" + physics + "/values", new IndicatorValue(
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)), new BigDecimal("16.1"), "ОГЭ 2023"));

        command("sikora", base + "/stages/1/completion-request",
                new StageCompletionRequest("Подготовительный этап выполнен: карта ресурсов и модель сети готовы"));
        completeTask("panina", projectId + "/stages/1", "Task_InstituteReview", Map.of(
                "instituteDecision", "APPROVE", "instituteConclusion", "Этап выполнен"));
        completeTask("minobr", projectId + "/stages/1", "Task_MinistryReview", Map.of(
                "ministryDecision", "APPROVE", "ministryConclusion", "Этап утверждён"));

        reportId = id(command("sikora", base + "/reports", interimReport2022_2023()));
        String reportKey = projectId + "/reports/" + reportId;
        command("tikhomirova", base + "/reports/" + reportId + "/signature", null);
        completeTask("panina", reportKey, "Task_InstituteReview", Map.of("instituteDecision", "RETURN_FOR_REVISION",
                "instituteConclusion", "Добавьте результаты диагностики профессиональных компетенций"));
        command("sikora", base + "/reports/" + reportId + "/resubmission", interimReportSections());
        command("tikhomirova", base + "/reports/" + reportId + "/signature", null);
        completeTask("panina", reportKey, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Отчёт соответствует программе"));
        fireTimer(reportKey, "Event_MinistryOverdue");
        version = storedVersion(projectId);
    }

    @Test
    @DisplayName("the plan as of a day counts what was held by then; events held filter by period and level; a bad day is 400")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void planAsOfAndHeldEvents() {
        Map early = as("sikora").getForEntity("/api/projects/{id}/plan?at=2023-03-01&minVersion={v}", Map.class,
                projectId, version).getBody();
        assertThat(early.get("asOf")).isEqualTo("2023-03-01");
        assertThat((List<Map>) early.get("activities")).filteredOn(row -> activities.get("conference").equals(row.get("activityId")))
                .extracting(row -> row.get("state")).containsExactly("UPCOMING");

        Map march = as("sikora").getForEntity("/api/projects/{id}/held-events?from=2023-03-01&to=2023-03-31&level=MUNICIPAL"
                + "&minVersion={v}", Map.class, projectId, version).getBody();
        assertThat((List<Map>) march.get("events")).extracting(held -> held.get("date")).containsExactly("2023-03-17");
        assertThat((List<Map>) march.get("events")).extracting(held -> held.get("activityId"))
                .containsExactly(activities.get("conference"));

        ResponseEntity<Map> badDay = as("sikora").getForEntity("/api/projects/{id}/plan?at=2023-13-01", Map.class, projectId);
        assertThat(badDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @DisplayName("the plan shows each activity done or not done (overdue or explained), the shares per stage and task, and the rest")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void plan() {
        ResponseEntity<Map> response = as("sikora").getForEntity("/api/projects/{id}/plan?minVersion={v}", Map.class,
                projectId, version);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map plan = response.getBody();
        List<Map> rows = (List<Map>) plan.get("activities");
        assertThat(rows).extracting(row -> row.get("activityId"), row -> row.get("state"), row -> row.get("stageNumber"))
                .containsExactly(
                        tuple(activities.get("resource-map"), "DONE", 1),
                        tuple(activities.get("efficiency"), "NOT_DONE", 1),
                        tuple(activities.get("conference"), "DONE", 2),
                        tuple(activities.get("methodical-day"), "NOT_DONE", 2));
        Map conference = rows.get(2);
        assertThat(conference).containsEntry("taskNumber", 2).containsEntry("deadline", "2023-03-31")
                .containsEntry("responsible", "МБУ ИМЦ УО Яйского округа");
        assertThat((List<Map>) conference.get("held")).singleElement().satisfies(held -> assertThat(held)
                .containsEntry("date", "2023-03-17").containsEntry("level", "MUNICIPAL")
                .containsEntry("participantsTotal", 69));
        assertThat((List<Map>) ((Map) rows.get(3).get("deviation")).get("managementActions")).singleElement()
                .satisfies(action -> assertThat(action)
                        .containsEntry("description", "Методический день перенесён на май в дистанционном формате"));
        assertThat((List<Map>) plan.get("stages")).extracting(stage -> stage.get("planned"), stage -> stage.get("done"),
                        stage -> stage.get("percentDone"))
                .containsExactly(tuple(2, 1, 50.0), tuple(2, 1, 50.0), tuple(0, 0, null));
        assertThat((List<Map>) plan.get("tasks")).extracting(task -> task.get("percentDone"))
                .containsExactly(100.0, 50.0, 0.0);
        assertThat(plan.get("percentDone")).isEqualTo(50.0);
        assertThat((List<Map>) plan.get("overdue")).extracting(row -> row.get("activityId"))
                .containsExactly(activities.get("efficiency"));
        assertThat((List<Map>) plan.get("unplannedEvents")).extracting(held -> held.get("title"))
                .containsExactly("Обучающий семинар: работа на интерактивной платформе Miro");
        assertThat(plan.get("asOf")).isNotNull();
    }

    @Test
    @DisplayName("indicators show every value, the latest one and the share of the target: physics 16.1 of 14.8 → 17.8 is 43.3 %")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void indicators() {
        Map body = as("panina").getForEntity("/api/projects/{id}/indicators?minVersion={v}", Map.class, projectId,
                version).getBody();

        List<Map> indicators = (List<Map>) body.get("indicators");
        assertThat(indicators).extracting(indicator -> indicator.get("name"))
                .containsExactly("Средний балл ОГЭ по физике", "Средний балл ОГЭ по химии");
        Map physics = indicators.get(0);
        assertThat(physics).containsEntry("baseline", 14.8).containsEntry("target", 17.8)
                .containsEntry("shareOfTarget", 43.3).containsEntry("unit", "балл");
        assertThat((List<Map>) physics.get("values")).singleElement()
                .satisfies(value -> assertThat(value).containsEntry("value", 16.1).containsEntry("comment", "ОГЭ 2023"));
        assertThat((Map) physics.get("latest")).containsEntry("value", 16.1);
        assertThat(indicators.get(1).get("shareOfTarget")).isNull();
        assertThat((List<Map>) indicators.get(1).get("values")).isEmpty();
    }

    @Test
    @DisplayName("a report shows its chain with the return, the resubmission, who decided in which task, and the overdue mark")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void reports() {
        Map list = as("tikhomirova").getForEntity("/api/projects/{id}/reports?minVersion={v}", Map.class, projectId,
                version).getBody();
        assertThat((List<Map>) list.get("reports")).extracting(report -> report.get("reportId")).containsExactly(reportId);

        ResponseEntity<Map> response = as("minobr").getForEntity("/api/projects/{id}/reports/{report}", Map.class,
                projectId, reportId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map report = response.getBody();
        assertThat(report).containsEntry("kind", "INTERIM").containsEntry("periodLabel", "2022–2023")
                .containsEntry("step", "AWAITING_MINISTRY").containsEntry("overdue", true)
                .containsEntry("title", "Промежуточный отчёт за 2022–2023");
        assertThat(Instant.parse((String) report.get("stepSince"))).isBefore(Instant.now());
        List<Map> decisions = (List<Map>) report.get("decisions");
        assertThat(decisions).extracting(decision -> decision.get("step"), decision -> decision.get("decision"),
                        decision -> decision.get("by"))
                .containsExactly(
                        tuple("SUBMITTED", null, "sikora"),
                        tuple("SIGNED", null, "tikhomirova"),
                        tuple("INSTITUTE", "RETURN_FOR_REVISION", "panina"),
                        tuple("RESUBMITTED", null, "sikora"),
                        tuple("SIGNED", null, "tikhomirova"),
                        tuple("INSTITUTE", "APPROVE", "panina"));
        assertThat(decisions.get(2)).containsEntry("role", "INSTITUTE")
                .containsEntry("conclusion", "Добавьте результаты диагностики профессиональных компетенций");
        assertThat(decisions.get(2).get("processInstanceId")).isNotNull();
        assertThat(decisions.get(2).get("taskId")).isNotNull();
    }

    @Test
    @DisplayName("an unknown report of a readable project is 404 REPORT_NOT_FOUND")
    @SuppressWarnings("rawtypes")
    void unknownReport() {
        ResponseEntity<Map> response = as("minobr").getForEntity("/api/projects/{id}/reports/no-such-report?minVersion={v}",
                Map.class, projectId, version);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "REPORT_NOT_FOUND").containsEntry("title", "Отчёт не найден");
        assertThat((String) response.getBody().get("detail")).contains("no-such-report");
    }

    @Test
    @DisplayName("the ministry's queue lists the overdue report before the older stage completion, with waiting days")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void pendingAtTheMinistry() {
        awaitViews();
        Map page = as("minobr").getForEntity("/api/reviews/pending?level=MINISTRY&size=200", Map.class).getBody();

        List<Map> items = (List<Map>) page.get("items");
        assertThat(items).allSatisfy(item -> assertThat(item).containsEntry("level", "MINISTRY"));
        assertThat(items.stream().filter(item -> List.of(projectId, supportSiteId).contains(item.get("projectId"))))
                .extracting(item -> item.get("projectId"), item -> item.get("item"), item -> item.get("itemId"),
                        item -> item.get("overdue"))
                .containsExactly(
                        tuple(projectId, "REPORT", reportId, true),
                        tuple(supportSiteId, "STAGE_COMPLETION", "1", false));
        assertThat(items).isSortedAccordingTo((a, b) -> a.get("overdue").equals(b.get("overdue"))
                ? Instant.parse((String) a.get("waitingSince")).compareTo(Instant.parse((String) b.get("waitingSince")))
                : Boolean.TRUE.equals(a.get("overdue")) ? -1 : 1);
        Map report = items.stream().filter(item -> reportId.equals(item.get("itemId"))).findFirst().orElseThrow();
        assertThat(report).containsEntry("waitingDays", 0).containsEntry("organizationId", "imc-yaya")
                .containsEntry("territory", YAYA).containsEntry("title", "Промежуточный отчёт за 2022–2023");
        assertThat(((Number) page.get("total")).longValue()).isEqualTo(items.size());

        Map reportsOnly = as("auditor").getForEntity("/api/reviews/pending?item=REPORT", Map.class).getBody();
        assertThat((List<Map>) reportsOnly.get("items")).allSatisfy(item -> assertThat(item).containsEntry("item", "REPORT"))
                .extracting(item -> item.get("itemId")).contains(reportId);

        Map firstOfOne = as("minobr").getForEntity("/api/reviews/pending?level=MINISTRY&size=1", Map.class).getBody();
        assertThat((List<Map>) firstOfOne.get("items")).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("overdue", true));
    }

    @Test
    @DisplayName("an institute's users see in the queue only the projects their institute reviews; the auditor sees all")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void pendingPerInstitute() {
        awaitViews();
        java.util.function.Function<String, List<Object>> queueOf = user -> ((List<Map>) as(user)
                .getForEntity("/api/reviews/pending?size=200", Map.class).getBody().get("items")).stream()
                .map(item -> item.get("projectId")).filter(List.of(projectId, supportSiteId)::contains).toList();

        assertThat(queueOf.apply("panina")).as("IRO Kuzbass reviews the Yaya project").containsOnly(projectId);
        assertThat(queueOf.apply("head-iro")).containsOnly(projectId);
        assertThat(queueOf.apply("krasnoshlykova")).as("KRIPKiPRO reviews the Mariinsk support site")
                .containsOnly(supportSiteId);
        assertThat(queueOf.apply("auditor")).contains(projectId, supportSiteId);
        assertThat(queueOf.apply("minobr")).contains(projectId, supportSiteId);
    }

    @Test
    @DisplayName("schools may not list the review queue; a level or page size out of range is 400")
    @SuppressWarnings("rawtypes")
    void pendingRefusals() {
        ResponseEntity<Map> school = as("kartashova").getForEntity("/api/reviews/pending", Map.class);
        assertThat(school.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(school.getBody()).containsEntry("code", "FORBIDDEN");
        assertThat(as("sikora").getForEntity("/api/reviews/pending?level=INSTITUTE", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> badLevel = as("minobr").getForEntity("/api/reviews/pending?level=SCHOOL", Map.class);
        assertThat(badLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLevel.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat(as("minobr").getForEntity("/api/reviews/pending?size=0", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("minobr").getForEntity("/api/reviews/pending?page=-1", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @DisplayName("the regional summary counts projects by territory, level and status, reports due and overdue, and reports missing")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void regionalSummary() {
        awaitViews();
        Map summary = as("minobr").getForEntity("/api/summary/regional", Map.class).getBody();

        assertThat(summary.get("organizationId")).isNull();
        assertThat(summary.get("asOf")).isEqualTo(LocalDate.now(ZoneId.of("Asia/Novokuznetsk")).toString());
        Long all = jdbc.queryForObject("SELECT count(*) FROM project_card", Long.class);
        assertThat(((Number) summary.get("projects")).longValue()).isEqualTo(all);
        assertThat(tally(summary, "byTerritory", YAYA)).isPositive();
        assertThat(tally(summary, "byTerritory", MARIINSK)).isPositive();
        assertThat(tally(summary, "byLevel", "REGIONAL")).isPositive();
        assertThat(tally(summary, "byLevel", "INSTITUTE_SUPPORT_SITE")).isPositive();
        assertThat(tally(summary, "byStatus", "ACTIVE")).isGreaterThanOrEqualTo(2);
        assertThat((List<Map>) summary.get("byLevel")).extracting(tally -> tally.get("key"))
                .containsExactly("FEDERAL", "REGIONAL", "MUNICIPAL", "INSTITUTE_SUPPORT_SITE");
        Map ministry = ((List<Map>) summary.get("reportsDue")).stream()
                .filter(due -> "MINISTRY".equals(due.get("level"))).findFirst().orElseThrow();
        assertThat(((Number) ministry.get("due")).longValue()).isPositive();
        assertThat(((Number) ministry.get("overdue")).longValue()).isPositive();
        List<Map> missing = (List<Map>) summary.get("reportsMissing");
        assertThat(missing).extracting(project -> project.get("projectId")).contains(supportSiteId)
                .doesNotContain(projectId);
        assertThat(missing.stream().filter(project -> supportSiteId.equals(project.get("projectId"))))
                .singleElement().satisfies(project -> assertThat(project).containsEntry("stageNumber", 1)
                        .containsEntry("stageName", "Организационный").containsEntry("territory", MARIINSK));
    }

    @Test
    @DisplayName("a school's summary counts only its own organization's projects")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void schoolSummary() {
        awaitViews();
        Map mariinsk = as("kartashova").getForEntity("/api/summary/regional", Map.class).getBody();

        assertThat(mariinsk.get("organizationId")).isEqualTo("school-12-mariinsk");
        Long own = jdbc.queryForObject("SELECT count(*) FROM project_card WHERE lead_organization_id = ?", Long.class,
                "school-12-mariinsk");
        assertThat(((Number) mariinsk.get("projects")).longValue()).isEqualTo(own);
        assertThat((List<Map>) mariinsk.get("byTerritory")).extracting(tally -> tally.get("key")).containsExactly(MARIINSK);
        assertThat((List<Map>) mariinsk.get("reportsDue")).allSatisfy(due ->
                assertThat(due).containsEntry("due", 0).containsEntry("overdue", 0));
        assertThat((List<Map>) mariinsk.get("reportsMissing")).extracting(project -> project.get("organizationId"))
                .containsOnly("school-12-mariinsk");

        Map yaya = as("sikora").getForEntity("/api/summary/regional", Map.class).getBody();
        assertThat((List<Map>) yaya.get("byTerritory")).extracting(tally -> tally.get("key")).containsExactly(YAYA);
        Map ministry = ((List<Map>) yaya.get("reportsDue")).stream()
                .filter(due -> "MINISTRY".equals(due.get("level"))).findFirst().orElseThrow();
        assertThat(((Number) ministry.get("overdue")).longValue()).isPositive();
        assertThat((List<Map>) yaya.get("reportsMissing")).extracting(project -> project.get("projectId"))
                .doesNotContain(supportSiteId);
    }

    @Test
    @DisplayName("another school gets 403 on every view of the project; unknown projects are 404; a bad minVersion is 400")
    @SuppressWarnings("rawtypes")
    void accessRules() {
        awaitViews();
        for (String view : List.of("plan", "indicators", "reports", "reports/" + reportId)) {
            ResponseEntity<Map> response = as("kartashova").getForEntity("/api/projects/{id}/" + view, Map.class, projectId);
            assertThat(response.getStatusCode()).as(view).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(view).containsEntry("code", "PROJECT_ACCESS_DENIED");
            assertThat(as("auditor").getForEntity("/api/projects/{id}/" + view, Map.class, projectId).getStatusCode())
                    .as(view).isEqualTo(HttpStatus.OK);
        }
        assertThat(as("kartashova").getForEntity("/api/projects/{id}/plan", Map.class, supportSiteId).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("auditor").getForEntity("/api/projects/unknown-project/plan", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("auditor").getForEntity("/api/projects/unknown-project/reports/x", Map.class).getBody())
                .containsEntry("code", "PROJECT_NOT_FOUND");
        ResponseEntity<Map> badVersion = as("auditor").getForEntity("/api/projects/{id}/indicators?minVersion=latest",
                Map.class, projectId);
        assertThat(badVersion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.getForEntity("/api/summary/regional", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("a negative page of the registry or of the history is 400, as it is for the review queue")
    @SuppressWarnings("rawtypes")
    void negativePageIsBadRequest() {
        awaitViews();
        assertThat(as("minobr").getForEntity("/api/projects?page=-1", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("minobr").getForEntity("/api/projects/{id}/history?page=-1", Map.class, projectId).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /**
     * Fires a boundary timer of the process with {@code businessKey} now instead of at its due date,
     * as Camunda's job executor would once the date passes (as the administrator, who may run jobs).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void fireTimer(String businessKey, String timerId) {
        List<Map> instances = administrator()
                .getForEntity("/engine-rest/process-instance?businessKey={key}", List.class, businessKey).getBody();
        assertThat(instances).as("process of %s", businessKey).hasSize(1);
        List<Map> jobs = administrator()
                .getForEntity("/engine-rest/job?processInstanceId={pi}&activityId={timer}", List.class,
                        instances.get(0).get("id"), timerId).getBody();
        assertThat(jobs).as("%s of %s", timerId, businessKey).hasSize(1);
        ResponseEntity<Map> executed = administrator()
                .exchange("/engine-rest/job/" + jobs.get(0).get("id") + "/execute", HttpMethod.POST, HttpEntity.EMPTY,
                        Map.class);
        assertThat(executed.getStatusCode()).as("%s", executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private TestRestTemplate administrator() {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(commandService.baseUrl()))
                .withBasicAuth("admin", "admin");
    }

    @SuppressWarnings("rawtypes")
    private static String id(ResponseEntity<Map> created) {
        return (String) created.getBody().get("id");
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static long tally(Map summary, String by, String key) {
        return ((List<Map>) summary.get(by)).stream().filter(tally -> key.equals(tally.get("key")))
                .mapToLong(tally -> ((Number) tally.get("projects")).longValue()).findFirst().orElse(0);
    }

    private void awaitViews() {
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM project_card WHERE (project_id = ? AND version >= ?)"
                + " OR (project_id = ? AND version >= ?)", Long.class, projectId, version, supportSiteId,
                supportSiteVersion) == 2);
        awaitEveryProjection();
    }
}
