package ru.edu.innovation.command.webapp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.springframework.http.HttpStatus;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist as a reviewer sees it, in Debian's Chromium driven by Selenium: Russian everywhere, the
 * region's time zone, and a clean form in each new round. Every screen is saved under
 * {@code target/screenshots} to be looked at.
 */
class TasklistBrowserTest extends PostgresIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String REMARKS = "Уточните показатели сетевого взаимодействия и календарный план этапа";
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
    @DisplayName("a reviewer works in Russian Tasklist: returns an application, and its next round opens with a clean form and the earlier decision")
    void reviewerWorksInRussian() throws IOException {
        String projectId = signedYayaApplication();
        WebDriver browser = browser();

        browser.get(tasklist());
        WebElement login = waitFor(By.cssSelector("form[name='signinForm']"));
        assertThat(login.findElement(By.cssSelector("input[type='text']")).getAttribute("placeholder")).isEqualTo("Логин");
        assertThat(login.findElement(By.cssSelector("input[type='password']")).getAttribute("placeholder")).isEqualTo("Пароль");
        assertThat(login.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Войти");
        assertThat(script("return getComputedStyle(document.querySelector('.form-signin'), '::after').content"))
                .as("where auditors and schools read projects").contains("API чтения и аудита", "8081");
        assertThat(footer()).isEqualTo("Дата и время показаны в часовом поясе: " + timeZone);
        screenshot("01-login");

        logIn("panina");
        waitFor(taskInList("Экспертиза заявки"));
        assertThat(visibleText()).contains("Все задачи").containsPattern("Срок через 10 дн\\.")
                .doesNotContain("Create task", "Start process", "Camunda 8", "ago", "days");
        assertThat(browser.findElements(By.cssSelector(".start-process-action, .create-task-action")))
                .allSatisfy(action -> assertThat(action.isDisplayed()).isFalse());
        screenshot("02-task-list");

        // Other tests leave reviews of the same seed project open: this test's task is opened by its id.
        openInTasklist(openTask("panina", projectId, "Task_InstituteReview"));
        WebElement complete = waitFor(By.xpath("//button[normalize-space()='Завершить']"));
        assertThat(complete.isEnabled()).as("Complete before claiming").isFalse();
        assertThat(visibleText()).contains("Экспертиза заявки на присвоение статуса", "Чтобы заполнить форму, сначала нажмите «Взять в работу»",
                "Взять в работу", "Сохранить", "Форма", "История", "Схема", "Описание", "Добавить комментарий",
                "Одобрить и направить в министерство", "Вернуть на доработку", "Не более 4000 символов")
                .doesNotContain("Select");
        assertThat(browser.findElements(By.cssSelector("a.instance-link")))
                .as("the link to Cockpit a reviewer may not open")
                .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
        screenshot("03-task-form");

        claim();
        WebElement returnOption = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(.,'Вернуть на доработку')]")));
        WebElement returnRadio = browser.findElement(By.id(returnOption.getAttribute("for")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", returnRadio);
        assertThat(returnRadio.isSelected()).isTrue();
        conclusion().sendKeys(REMARKS);
        screenshot("04-decision-filled");
        click(waitFor(By.xpath("//button[normalize-space()='Завершить' and not(@disabled)]")));
        waitForText("Выберите задачу в списке");
        screenshot("05-completed");

        expectCompleted(completeTask("sikora", openTask("sikora", projectId, "Task_ReviseApplication"), Map.of()));
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));

        openInTasklist(openTask("panina", projectId, "Task_InstituteReview"));
        waitFor(conclusionLocator());
        claim();
        assertThat(conclusion().getAttribute("value")).as("the next round's conclusion").isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[type='radio']")))
                .as("the next round's decision").isNotEmpty().noneSatisfy(radio -> assertThat(radio.isSelected()).isTrue());
        WebElement pastDecisionsField = browser.findElement(By.xpath(
                "//label[contains(.,'Прежние решения')]/following-sibling::textarea"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", pastDecisionsField);
        String pastDecisions = pastDecisionsField.getAttribute("value");
        assertThat(pastDecisions).containsPattern("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d — Панина Т\\. С\\., "
                + "ГОУ ДПО «Институт развития образования Кузбасса»: возвращено на доработку\\.\\n" + REMARKS);
        screenshot("06-next-round-clean");

        browser.findElement(By.cssSelector("a.createCommentLink")).click();
        waitFor(By.id("comment-form-message")).sendKeys("Доработка получена, смотрю показатели");
        browser.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Сохранить']")).click();
        browser.findElement(By.xpath("//a[normalize-space()='История']")).click();
        waitForText("Доработка получена, смотрю показатели");
        assertThat(visibleText()).contains("Комментарий").doesNotContain("No task found");
        screenshot("07-history-with-comment");
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

    /** Claims the open task and waits until Tasklist shows the reviewer as its assignee. */
    private void claim() {
        browser.findElement(By.cssSelector("button.claim")).click();
        waitFor(By.cssSelector("li.assignee:not(.set-value)"));
        waitFor(conclusionLocator());
    }

    /** Clicks an element in the middle of the window: the page's fixed footer covers its bottom. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String script(String javascript) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(javascript));
    }

    private void openInTasklist(String taskId) {
        browser.get(tasklist() + "#/?task=" + taskId);
        waitFor(By.xpath("//h2[contains(normalize-space(),'Экспертиза заявки')]"));
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
