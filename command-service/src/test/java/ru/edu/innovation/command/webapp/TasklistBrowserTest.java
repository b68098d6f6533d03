package ru.edu.innovation.command.webapp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.seeds.SeedProjects;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tasklist as the institute's expert, the school's leader and the ministry's specialist see it, in
 * Debian's Chromium driven by Selenium: Russian everywhere (form-js's messages and date picker too),
 * the region's time zone, the whole case in the forms, a clean form in each new round, comments and
 * History for reviewers and schools, and a confirmation of what each completed task recorded. Every screen is saved under
 * {@code target/screenshots} to be looked at.
 */
class TasklistBrowserTest extends PostgresIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String REMARKS = "Уточните показатели сетевого взаимодействия и календарный план этапа";
    private static final String APPROVAL = "Цель уточнена, показатели измеримы: рекомендуется присвоить статус";
    private static final String REPORT_CONCLUSION = "Заключение научного консультанта: работа по проекту ведётся по "
            + "календарному плану, модель сетевого взаимодействия Центров «Точка роста» внедрена";
    private static final String ACCEPTANCE = "Отчёт принят министерством образования Кузбасса";
    private static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;
    @Value("${innovation.time-zone}")
    String timeZone;

    @BeforeAll
    static void cleanScreenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * Camunda's webapps keep their runtime in statics, which a test context closed before this one
     * (the outage test's) leaves empty: the index page would fail.
     */
    @org.junit.jupiter.api.BeforeEach
    void webappsRuntime() {
        if (org.camunda.bpm.cockpit.Cockpit.getRuntimeDelegate() == null) {
            org.camunda.bpm.cockpit.Cockpit.setCockpitRuntimeDelegate(new org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate());
        }
        if (org.camunda.bpm.admin.Admin.getRuntimeDelegate() == null) {
            org.camunda.bpm.admin.Admin.setAdminRuntimeDelegate(new org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate());
        }
        if (org.camunda.bpm.tasklist.Tasklist.getRuntimeDelegate() == null) {
            org.camunda.bpm.tasklist.Tasklist.setTasklistRuntimeDelegate(new org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate());
        }
        if (org.camunda.bpm.welcome.Welcome.getRuntimeDelegate() == null) {
            org.camunda.bpm.welcome.Welcome.setRuntimeDelegate(new org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate());
        }
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    @DisplayName("the institute's expert, the school's leader and the ministry's specialist work in Russian Tasklist through a return, a revision and an order")
    void reviewersAndTheSchoolWorkInRussian() throws IOException {
        String projectId = signedYayaApplication();
        WebDriver browser = browser();
        browser.manage().deleteAllCookies();

        browser.get(tasklist());
        WebElement login = waitFor(By.cssSelector("form[name='signinForm']"));
        assertThat(login.findElement(By.cssSelector("input[type='text']")).getAttribute("placeholder")).isEqualTo("Логин");
        assertThat(login.findElement(By.cssSelector("input[type='password']")).getAttribute("placeholder")).isEqualTo("Пароль");
        assertThat(login.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Войти");
        WebElement readSide = waitFor(By.id("innovation-read-side"));
        assertThat(readSide.getText()).as("where auditors and schools read projects")
                .isEqualTo("Проекты, их показатели, отчёты и историю школы и аудиторы читают в API чтения и аудита: "
                        + "http://localhost:8081/, описание — Swagger UI.");
        assertThat(readSide.findElements(By.tagName("a"))).extracting(link -> link.getAttribute("href"))
                .as("innovation.tasklist.read-side-url").containsExactly("http://localhost:8081/", "http://localhost:8081/swagger-ui.html");
        assertThat(rest.getForObject("/tasklist/settings", Map.class)).as("asked before anyone has logged in")
                .containsEntry("readSideUrl", "http://localhost:8081/");
        assertThat(footer()).isEqualTo("Дата и время показаны в часовом поясе: " + timeZone);
        screenshot("01-login");

        // The institute's expert returns the application.
        logIn("panina");
        waitFor(taskInList("Экспертиза заявки"));
        assertThat(visibleText()).contains("Все задачи").containsPattern("Срок через 10 дн\\.")
                .doesNotContain("Create task", "Start process", "Camunda 8", "ago", "days");
        assertThat(dueDateShown(".tasks-list")).as("the due date as a date")
                .containsPattern("до \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d");
        assertThat(browser.findElements(By.cssSelector(".start-process-action, .create-task-action")))
                .allSatisfy(action -> assertThat(action.isDisplayed()).isFalse());
        screenshot("02-task-list");

        // Other tests leave reviews of the same seed project open: this test's task is opened by its id.
        openInTasklist(openTask("panina", projectId, "Task_InstituteReview"), "Экспертиза заявки");
        WebElement complete = waitFor(By.xpath("//button[normalize-space()='Завершить']"));
        assertThat(complete.isEnabled()).as("Complete before claiming").isFalse();
        assertThat(visibleText()).contains("Экспертиза заявки на присвоение статуса", "Чтобы заполнить форму, сначала нажмите «Взять в работу»",
                "Взять в работу", "Сохранить", "Форма", "История", "Схема", "Описание", "Добавить комментарий",
                "Одобрить и направить в министерство", "Вернуть на доработку", "Не более 4000 символов")
                .doesNotContain("Select", "Установить дату напоминания");
        assertThat(field("Наименование ведущей организации")).isEqualTo("МБУ ИМЦ Яйского округа");
        assertThat(field("Цель проекта")).isEqualTo(SeedProjects.yayaNetworkProject().goal());
        assertThat(field("Что изменилось после последнего возврата")).isEqualTo("Рассматривается впервые.");
        assertThat(dueDateShown(".task-card")).containsPattern("до \\d\\d\\.\\d\\d\\.\\d{4}");
        assertThat(browser.findElements(By.cssSelector("a.instance-link, .task-card .followup-date")))
                .as("the link to Cockpit and the follow-up date a reviewer may not use")
                .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
        screenshot("03-task-form");

        claim();
        choose("Вернуть на доработку");
        conclusion().sendKeys("x");
        conclusion().sendKeys(Keys.BACK_SPACE, Keys.TAB);
        waitForText("Заполните это поле.");
        assertThat(visibleText()).doesNotContain("Field is required");
        screenshot("04-validation-in-russian");
        conclusion().sendKeys(REMARKS);
        completeAndConfirm("Решение записано: «Экспертиза заявки: МБУ ИМЦ Яйского округа».",
                "Панина Т. С., ГОУ ДПО «Институт развития образования Кузбасса»: возвращено на доработку.", REMARKS);
        screenshot("05-decision-confirmed");

        // The school's leader reads the remarks and comments; a coordinator edits and resubmits; the leader signs.
        logOutAndIn("tikhomirova");
        String revision = openTask("tikhomirova", projectId, "Task_ReviseApplication");
        openInTasklist(revision, "Доработать заявку");
        assertThat(field("Замечания, послужившие основанием для возврата")).isEqualTo(REMARKS);
        comment("Замечания учтены: уточнили цель и показатели");
        assertThat(visibleText()).doesNotContain("No task found");
        screenshot("06-school-revision-history");
        var draft = SeedProjects.yayaNetworkProject();
        assertThat(call(HttpMethod.PUT, "sikora", "/api/projects/" + projectId, new ProjectDetails(draft.levelAppliedFor(),
                draft.theme(), draft.goal() + " (уточнено по замечаниям института)", draft.tasks(), draft.direction(),
                draft.period(), draft.stages(), draft.leadOrganization(), draft.participants(), draft.leader(),
                draft.deputy(), draft.coordinators(), draft.scientificConsultant(), draft.team(), draft.partners(),
                draft.risks())).getStatusCode()).isEqualTo(HttpStatus.OK);
        expectCompleted(completeTask("sikora", revision, Map.of()));
        openInTasklist(openTask("tikhomirova", projectId, "Task_SignApplication"), "Подписать заявку");
        claim();
        WebElement signature = browser.findElement(By.xpath("//label[contains(.,'Подтверждаю')]"));
        click(browser.findElement(By.id(signature.getAttribute("for"))));
        completeAndConfirm("Задача выполнена: «Подписать заявку: МБУ ИМЦ Яйского округа».",
                "Записано: Подтверждаю: заявка проверена и подписана руководителем организации.");
        screenshot("07-school-signed");

        // The next round opens clean, with the earlier decision and what the school changed.
        logOutAndIn("panina");
        openInTasklist(openTask("panina", projectId, "Task_InstituteReview"), "Экспертиза заявки");
        claim();
        assertThat(conclusion().getAttribute("value")).as("the next round's conclusion").isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[type='radio']")))
                .as("the next round's decision").isNotEmpty().noneSatisfy(radio -> assertThat(radio.isSelected()).isTrue());
        assertThat(field("Прежние решения")).containsPattern("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d — Панина Т\\. С\\., "
                + "ГОУ ДПО «Институт развития образования Кузбасса»: возвращено на доработку\\.\\n" + REMARKS);
        assertThat(field("Что изменилось после последнего возврата")).isEqualTo("После возврата изменено: цель.");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(fieldLocator("Что изменилось после последнего возврата")));
        screenshot("08-next-round-clean");
        comment("Доработка получена, смотрю показатели");
        assertThat(visibleText()).contains("Комментарий").doesNotContain("No task found");
        screenshot("09-history-with-comment");
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", APPROVAL)));

        // The ministry's specialist assigns the status by order, with dates in a Russian calendar.
        logOutAndIn("minobr");
        openInTasklist(openTask("minobr", projectId, "Task_MinistryDecision"), "Решение министерства");
        assertThat(visibleText()).contains("Решение о присвоении статуса инновационной площадки", "Присвоить статус приказом",
                "Отказать в присвоении статуса", "Решение министерства образования Кузбасса",
                "Экспертиза Института развития образования Кузбасса");
        assertThat(field("Экспертное заключение Института развития образования Кузбасса")).isEqualTo(APPROVAL);
        assertThat(field("Прежние решения")).contains("одобрено.\n" + APPROVAL, "возвращено на доработку.\n" + REMARKS);
        assertThat(field("Задачи проекта")).startsWith("1. ");
        screenshot("10-ministry-form");
        claim();
        choose("Присвоить статус приказом");
        waitFor(fieldLocator("Номер приказа")).sendKeys("2469");
        WebElement orderDate = dateInput("Дата приказа");
        click(orderDate);
        WebElement calendar = waitFor(By.cssSelector(".flatpickr-calendar.open"));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).get(0).getText()).isEqualTo("Пн");
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-monthDropdown-month")))
                .extracting(month -> month.getAttribute("textContent")).contains("Январь", "Сентябрь");
        assertThat(orderDate.getAttribute("placeholder")).isEqualTo("дд.мм.гггг");
        screenshot("11-russian-calendar");
        orderDate.sendKeys("31.02.2022", Keys.TAB);
        waitForText("Даты «31.02.2022» нет в календаре");
        screenshot("12-date-refused");
        typeDate("Дата приказа", "30.09.2022");
        typeDate("Статус действует с", "30.09.2022");
        typeDate("Статус действует по", "31.08.2024");
        assertThat(visibleText()).doesNotContain("нет в календаре");
        completeAndConfirm("Решение записано: «Решение министерства образования Кузбасса по заявке: МБУ ИМЦ Яйского округа».",
                "одобрено, приказ № 2469");
        screenshot("13-order-confirmed");
        String order = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE '%StatusAssignedEvent'""", String.class, projectId);
        assertThat(order).contains("\"2469\"", "\"2022-09-30\"", "\"2024-08-31\"");
    }

    @Test
    @DisplayName("the institute's scientific consultant and the ministry's specialist read the whole signed interim report in Russian Tasklist and accept it")
    void reviewersAcceptTheInterimReportInRussian() throws IOException {
        String projectId = activeYayaProject();
        String base = "/api/projects/" + projectId;
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> indicator = post("sikora", base + "/indicators", SeedProjects.ogeAverageScorePhysics());
        assertThat(indicator.getStatusCode().is2xxSuccessful()).as("%s", indicator.getBody()).isTrue();
        assertThat(post("sikora", base + "/indicators/" + indicator.getBody().get("id") + "/values",
                new IndicatorValue(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                        new BigDecimal("15.6"), "ОГЭ 2023")).getStatusCode().is2xxSuccessful()).isTrue();
        ReportSubmission seed = SeedProjects.interimReport2022_2023();
        ReportSections sections = seed.sections();
        String note = longAnalyticalNote(sections.analyticalNote());
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> report = post("sikora", base + "/reports", new ReportSubmission(seed.kind(), seed.reportingPeriod(),
                new ReportSections(sections.organizations(), sections.addressAndContacts(), sections.leader(),
                        sections.theme(), sections.goal(), sections.stages(), sections.activities(), note)));
        assertThat(report.getStatusCode().is2xxSuccessful()).as("%s", report.getBody()).isTrue();
        String reportKey = projectId + "/reports/" + report.getBody().get("id");
        assertThat(post("tikhomirova", base + "/reports/" + report.getBody().get("id") + "/signature", null)
                .getStatusCode().is2xxSuccessful()).isTrue();
        WebDriver browser = browser();

        // The institute's scientific consultant reads every section of the report and the indicators.
        logOutAndIn("panina");
        openInTasklist(openTask("panina", reportKey, "Task_InstituteReview"), "Экспертиза отчёта");
        assertThat(browser.findElement(By.cssSelector("h2.task")).getText())
                .contains("Экспертиза отчёта: МБУ ИМЦ Яйского округа, 2022–2023");
        assertThat(visibleText()).contains("Рассмотрение отчёта в Институте развития образования Кузбасса", "Отчёт (все разделы)",
                "Показатели проекта", "Решения прежних рассмотрений", "Решение Института развития образования Кузбасса",
                "Одобрить и направить в министерство образования Кузбасса", "Вернуть на доработку", "Взять в работу")
                .doesNotContain("Select", "Field is required");
        assertThat(field("Наименование ведущей организации")).isEqualTo("МБУ ИМЦ Яйского округа");
        assertThat(field("Вид отчёта")).isEqualTo("Промежуточный отчёт");
        assertThat(field("Отчётный период")).isEqualTo("2022–2023");
        assertThat(field("1.1. Организации")).startsWith("МБУ ИМЦ Яйского округа\nМБОУ «Яйская основная")
                .endsWith("«Новониколаевская основная общеобразовательная школа»");
        assertThat(field("1.3. Руководитель проекта")).isEqualTo("Тихомирова Светлана Анатольевна, директор");
        assertThat(field("2.2. Цель")).isEqualTo(sections.goal());
        assertThat(field("2.3. Этапы")).startsWith("1. аналитико-диагностический");
        assertThat(field("2.4. Проведённые мероприятия")).startsWith("• Разработка карты ресурсов")
                .contains("1 межрегиональный слет для обучающихся и педагогов");
        assertThat(analyticalNoteShown()).as("the analytical note, whole").isEqualTo(note);
        assertThat(field("Показатели")).isEqualTo("1. Средний балл ОГЭ по физике, балл: исходное 14,8 → целевое 17,8; "
                + "2022–2023: 15,6 (ОГЭ 2023)");
        assertThat(field("Что изменилось после последнего возврата")).isEqualTo("Рассматривается впервые.");
        assertThat(field("Прежние решения")).isEmpty();
        String document = "http://localhost:8081/api/projects/" + projectId + "/reports/" + report.getBody().get("id")
                + "/document?format=";
        assertThat(visibleText()).contains("Полный документ отчёта, версия 1:");
        assertThat(documentLinks()).as("the version under review, on the read side").containsExactly(
                tuple("открыть документ версии 1", document + "html&version=1"),
                tuple("скачать PDF", document + "pdf&version=1"));
        screenshot("14-report-institute-form");
        scrollTo("Аналитическая записка (продолжение, часть 2)");
        screenshot("15-report-analytical-note-continued");
        scrollTo("Показатели");
        screenshot("16-report-indicators");

        claim();
        choose("Одобрить и направить в министерство");
        click(browser.findElement(fieldLocator("Заключение Института развития образования Кузбасса")));
        browser.findElement(fieldLocator("Заключение Института развития образования Кузбасса")).sendKeys(REPORT_CONCLUSION);
        completeAndConfirm("Решение записано: «Экспертиза отчёта: МБУ ИМЦ Яйского округа, 2022–2023».",
                "Панина Т. С., ГОУ ДПО «Институт развития образования Кузбасса»: одобрено.", REPORT_CONCLUSION);
        screenshot("17-report-institute-confirmed");

        // The ministry's specialist reads the same report and the consultant's conclusion: who, when, what.
        logOutAndIn("minobr");
        openInTasklist(openTask("minobr", reportKey, "Task_MinistryReview"), "Решение министерства образования Кузбасса по отчёту");
        assertThat(visibleText()).contains("Приёмка отчёта: решение министерства образования Кузбасса",
                "Рассмотрение в Институте развития образования Кузбасса",
                "Решение министерства образования", "Принять отчёт", "Вернуть на доработку");
        assertThat(field("2.1. Тема")).isEqualTo(sections.theme());
        assertThat(analyticalNoteShown()).isEqualTo(note);
        assertThat(field("Показатели")).contains("исходное 14,8 → целевое 17,8; 2022–2023: 15,6");
        assertThat(field("Заключение Института развития образования Кузбасса")).isEqualTo(REPORT_CONCLUSION);
        assertThat(documentLinks()).containsExactly(tuple("открыть документ версии 1", document + "html&version=1"),
                tuple("скачать PDF", document + "pdf&version=1"));
        assertThat(field("Прежние решения").strip()).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d — Панина Т\\. С\\., "
                + "ГОУ ДПО «Институт развития образования Кузбасса»: одобрено\\.\\n" + REPORT_CONCLUSION);
        scrollTo("Заключение Института развития образования Кузбасса");
        screenshot("18-report-ministry-form");
        claim();
        choose("Принять отчёт");
        browser.findElement(fieldLocator("Заключение министерства")).sendKeys(ACCEPTANCE);
        completeAndConfirm("Решение записано: «Решение министерства образования Кузбасса по отчёту: МБУ ИМЦ Яйского округа, 2022–2023».",
                "одобрено.", ACCEPTANCE);
        screenshot("19-report-accepted");
        assertThat(storedEventTypes(projectId)).endsWith("ReportSubmittedEvent", "ReportSignedEvent",
                "ReportReviewedEvent", "ReportReviewedEvent");
        browser.manage().deleteAllCookies();
    }

    @Test
    @DisplayName("a Mariinsk municipal site in Tasklist: the forms name its methodological service, its education authority and the распоряжение, never a ministry")
    void municipalBodiesAreNamedInTheForms() throws IOException {
        ProjectDetails program = SeedProjects.supportSiteProgram();
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> registered = post("abdulkhakova", "/api/projects", new ProjectDetails(StatusLevel.MUNICIPAL,
                program.theme(), program.goal(), program.tasks(), program.direction(), program.period(), program.stages(),
                program.leadOrganization(), program.participants(), program.leader(), program.deputy(),
                program.coordinators(), program.scientificConsultant(), program.team(), program.partners(), program.risks()));
        assertThat(registered.getStatusCode()).as("%s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String projectId = (String) registered.getBody().get("projectId");
        assertThat(post("abdulkhakova", "/api/projects/" + projectId + "/application/submission", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        WebDriver browser = browser();

        // The school's leader is told where the application goes.
        logOutAndIn("kartashova");
        openInTasklist(openTask("kartashova", projectId, "Task_SignApplication"), "Подписать заявку");
        assertThat(visibleText()).contains("направлена на экспертизу в информационно-методический центр Мариинского округа")
                .doesNotContainIgnoringCase("министерств").doesNotContain("Институт");
        screenshot("20-municipal-sign");
        claim();
        WebElement signature = browser.findElement(By.xpath("//label[contains(.,'Подтверждаю')]"));
        click(browser.findElement(By.id(signature.getAttribute("for"))));
        completeAndConfirm("Задача выполнена: «Подписать заявку: МБОУ «ООШ № 12»».");

        // The methodological service reviews and sends the application to the education authority.
        logOutAndIn("metodist-mariinsk");
        openInTasklist(openTask("metodist-mariinsk", projectId, "Task_InstituteReview"), "Экспертиза заявки");
        assertThat(visibleText()).contains("Решение информационно-методического центра Мариинского округа",
                "Одобрить и направить в управление образования Мариинского округа")
                .doesNotContainIgnoringCase("министерств").doesNotContain("Институт");
        claim();
        choose("Одобрить и направить в управление образования Мариинского округа");
        screenshot("21-municipal-review");
        click(conclusion());
        conclusion().sendKeys(APPROVAL);
        completeAndConfirm("Решение записано: «Экспертиза заявки: МБОУ «ООШ № 12»».");

        // The education authority decides by its распоряжение.
        logOutAndIn("uo-mariinsk-head");
        openInTasklist(openTask("uo-mariinsk-head", projectId, "Task_MinistryDecision"),
                "Решение управления образования Мариинского округа");
        assertThat(visibleText()).contains("Решение управления образования Мариинского округа",
                "Экспертиза информационно-методического центра Мариинского округа", "Присвоить статус распоряжением",
                "экспертным заключением информационно-методического центра Мариинского округа")
                .doesNotContainIgnoringCase("министерств").doesNotContain("Институт").doesNotContain("приказ");
        assertThat(field("Экспертное заключение информационно-методического центра Мариинского округа")).isEqualTo(APPROVAL);
        claim();
        choose("Присвоить статус распоряжением");
        waitFor(fieldLocator("Номер распоряжения")).sendKeys("17-р");
        typeDate("Дата распоряжения", "20.06.2023");
        typeDate("Статус действует с", "01.07.2023");
        typeDate("Статус действует по", "30.06.2026");
        assertThat(visibleText()).contains("Реквизиты распоряжения о присвоении статуса")
                .doesNotContainIgnoringCase("министерств").doesNotContain("приказ");
        screenshot("22-municipal-decision");
        completeAndConfirm("Решение записано: «Решение управления образования Мариинского округа по заявке: МБОУ «ООШ № 12»».");
        screenshot("23-municipal-decision-confirmed");
        assertThat(storedEventTypes(projectId)).contains("StatusAssignedEvent");
        browser.manage().deleteAllCookies();
    }

    /** The project of seed 004 with its status assigned by the ministry, as a report needs. */
    private String activeYayaProject() {
        String projectId = signedYayaApplication();
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", APPROVAL)));
        var order = SeedProjects.statusOrder2469();
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), Map.of(
                "ministryDecision", "APPROVE", "orderNumber", order.orderNumber(), "orderDate", order.orderDate().toString(),
                "validFrom", order.validFrom().toString(), "validTo", order.validTo().toString())));
        return projectId;
    }

    /**
     * The seed's note with the school's monitoring appended until it is longer than a process variable
     * holds: the form shows it in parts, which together must be the note.
     */
    private static String longAnalyticalNote(String seedNote) {
        StringBuilder note = new StringBuilder(seedNote);
        for (int month = 1; note.length() <= 9000; month++) {
            note.append(" Мониторинг ").append(month).append(": сетевые события ЦО «Точка роста» проведены по графику, "
                    + "педагоги и обучающиеся всех школ округа участвовали очно и дистанционно, результаты "
                    + "обсуждены на заседании творческой группы и размещены на интерактивной доске MIRO.");
        }
        return note.toString();
    }

    /** The analytical note as the form shows it: its first part and every continuation shown. */
    private String analyticalNoteShown() {
        StringBuilder note = new StringBuilder(field("2.5. Аналитическая записка"));
        for (int part = 2; ; part++) {
            var continuation = browser.findElements(fieldLocator("Аналитическая записка (продолжение, часть " + part + ")"));
            if (continuation.isEmpty()) {
                return note.toString();
            }
            assertThat(continuation.get(0).isDisplayed()).isTrue();
            note.append(continuation.get(0).getAttribute("value"));
        }
    }

    /** Scrolls a field, its label first, to the top of the form. */
    /** The links of the form's texts to a report document: their text and address. */
    private List<Tuple> documentLinks() {
        return browser.findElements(By.cssSelector(".fjs-form a")).stream()
                .filter(link -> String.valueOf(link.getAttribute("href")).contains("/document?"))
                .map(link -> tuple(link.getText().strip(), link.getAttribute("href")))
                .toList();
    }

    private void scrollTo(String label) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(
                By.xpath("//div[contains(@class,'fjs-form-field')][label[starts-with(normalize-space(),'" + label + "')]]")));
    }

    private String signedYayaApplication() {
        String projectId = registerYayaProject();
        assertThat(post("sikora", "/api/projects/" + projectId + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        return projectId;
    }

    private static By taskInList(String name) {
        return By.xpath("//li[contains(@class,'task')]//h4//a[contains(normalize-space(),'" + name + "')]");
    }

    private static By conclusionLocator() {
        return By.xpath("//label[contains(.,'Экспертное заключение')]/following-sibling::textarea");
    }

    private WebElement conclusion() {
        return browser.findElement(conclusionLocator());
    }

    /** A form-js field (text field or text area) by the beginning of its label. */
    private static By fieldLocator(String label) {
        return By.xpath("//div[contains(@class,'fjs-form-field')][label[starts-with(normalize-space(),'" + label + "')]]"
                + "//*[self::textarea or self::input]");
    }

    private String field(String label) {
        return waitFor(fieldLocator(label)).getAttribute("value");
    }

    private WebElement dateInput(String label) {
        WebElement labelElement = waitFor(By.xpath("//label[starts-with(normalize-space(),'" + label + "')]"));
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }

    private void typeDate(String label, String date) {
        WebElement input = dateInput(label);
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(date, Keys.TAB);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> date.equals(input.getAttribute("value")));
    }

    private void choose(String option) {
        WebElement label = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(.,'" + option + "')]")));
        WebElement radio = browser.findElement(By.id(label.getAttribute("for")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", radio);
        assertThat(radio.isSelected()).isTrue();
    }

    /** Completes the open task and waits for the confirmation of what was recorded. */
    private void completeAndConfirm(String... expected) {
        click(waitFor(By.xpath("//button[normalize-space()='Завершить' and not(@disabled)]")));
        WebElement confirmation = waitFor(By.id("innovation-confirmation"));
        assertThat(confirmation.getText()).contains(expected);
        waitForText("Выберите задачу в списке");
    }

    /** Adds a comment to the open task and finds it in the History tab. */
    private void comment(String text) {
        browser.findElement(By.cssSelector("a.createCommentLink")).click();
        waitFor(By.id("comment-form-message")).sendKeys(text);
        browser.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Сохранить']")).click();
        browser.findElement(By.xpath("//a[normalize-space()='История']")).click();
        waitForText(text);
    }

    /** Claims the open task and waits until Tasklist shows the user as its assignee and the form can be completed. */
    private void claim() {
        browser.findElement(By.cssSelector("button.claim")).click();
        waitFor(By.cssSelector("li.assignee:not(.set-value)"));
        waitFor(By.xpath("//button[normalize-space()='Завершить' and not(@disabled)]"));
    }

    private void logOutAndIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(tasklist());
        logIn(user);
        waitForText("Все задачи");
    }

    /** Clicks an element in the middle of the window: the page's fixed footer covers its bottom. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** What follows «через 10 дн.» in {@code container}'s due date, once the page's script has put it there. */
    private String dueDateShown(String container) {
        String javascript = "var span = document.querySelector('" + container + " .due-date span[am-time-ago]');"
                + " return span ? getComputedStyle(span, '::after').content : '';";
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> script(javascript).contains("до "));
        } catch (RuntimeException timeout) {
            dump("due-date");
        }
        return script(javascript);
    }

    private String script(String javascript) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(javascript));
    }

    private void openInTasklist(String taskId, String title) {
        browser.get(tasklist() + "#/?task=" + taskId);
        waitFor(By.xpath("//h2[contains(normalize-space(),'" + title + "')]"));
        waitFor(By.cssSelector(".fjs-form"));
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private void logIn(String user) {
        WebElement login = waitFor(By.cssSelector("form[name='signinForm']"));
        login.findElement(By.cssSelector("input[type='text']")).sendKeys(user);
        login.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        login.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private String footer() {
        return waitFor(By.id("footer-timezone")).getText();
    }

    private String visibleText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (RuntimeException timeout) {
            dump("timeout");
            throw timeout;
        }
    }

    private void waitForText(String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> visibleText().contains(text));
        } catch (RuntimeException timeout) {
            dump("timeout");
            throw timeout;
        }
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void dump(String name) {
        try {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
            screenshot(name);
        } catch (IOException | RuntimeException ignored) {
            // the dump only helps to read a failure
        }
    }

    /**
     * Chromium as the reviewers' computers in Kuzbass run it: in the region's time zone, with an English
     * browser language to show that Tasklist speaks Russian regardless.
     */
    private WebDriver browser() throws IOException {
        if (browser == null) {
            profile = Files.createTempDirectory("tasklist-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("TZ", timeZone))
                    .build();
            browser = new ChromeDriver(service, options);
        }
        return browser;
    }
}
