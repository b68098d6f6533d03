package ru.edu.innovation.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import ru.edu.innovation.seeds.Seed004NetworkProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in Debian's chromium (headless), as a school leader, an auditor and a ministry user
 * log in and read them: each page's Russian content, who may open what, and a screenshot of each
 * under {@code target/screenshots/pages-*.png} for a reviewer of the build to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest extends ReadSideIntegrationTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    private int port;

    private WebDriver browser;
    private Path profile;
    private String yaya;
    private String mariinsk;
    private String year;
    private String network;

    @BeforeAll
    void projectsAndBrowser() throws IOException {
        SeedJourneys journeys = new SeedJourneys(this);
        yaya = journeys.yayaWithReportAndStageAtInstitute();
        mariinsk = journeys.mariinskDraft();
        year = journeys.yayaYear();
        network = journeys.yayaNetwork();
        journeys.awaitViewsCaughtUp();
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("pages-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=ru-RU");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    @DisplayName("a school leader logs in from the address, reads the registry, her project, its history and the summary, "
            + "is refused another school's project, and logs out")
    void schoolLeader() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Вход");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        screenshot("login");
        logIn("tikhomirova");
        assertThat(browser.getCurrentUrl()).endsWith("/registry");
        assertThat(heading()).isEqualTo("Реестр проектов");
        assertThat(browser.findElement(By.cssSelector(".site-header .who")).getText()).contains("tikhomirova").contains("школа");
        assertThat(links()).contains("/projects/" + yaya).doesNotContain("/projects/" + mariinsk);
        // The first Tab reaches the skip link, which leads the keyboard past the header to the content.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Перейти к содержанию");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        screenshot("registry-school");

        browser.findElement(By.cssSelector("a[href$='/projects/" + yaya + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/projects/" + yaya));
        assertThat(heading()).startsWith("Повышение качества образовательных результатов");
        String project = text();
        assertThat(project).contains("Карточка проекта").contains("Этапы").contains("— текущий")
                .contains("План и что сделано").contains("Показатели").contains("Отчёты").contains("Решения и шаги согласования")
                .contains("Статус присвоен, проект идёт").contains("№ 2469");
        assertThat(browser.findElements(By.cssSelector(".indicator .chart svg"))).isNotEmpty();
        // The submitted report's frozen version 1, with its digest and its own documents.
        assertThat(project).contains("версии и приложения").contains("Каждая поданная версия заморожена")
                .contains("Приложенных файлов нет");
        assertThat(browser.findElements(By.cssSelector("a[href*='format=pdf'][href*='version=1']"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("code[title]")).getAttribute("title")).matches("[0-9a-f]{64}");
        fullScreenshot("project");

        browser.findElement(By.linkText("История (аудит)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/audit"));
        assertThat(heading()).isEqualTo("История проекта");
        assertThat(text()).contains("Зарегистрирован черновик проекта").contains("sikora (школа)");
        fullScreenshot("audit-timeline-school");

        browser.get(url("/projects/" + mariinsk));
        assertThat(heading()).isEqualTo("Нет доступа к проекту");
        assertThat(text()).contains("школа видит только свои проекты").contains("Код ответа: 403");
        screenshot("error-403");
        browser.get(url("/projects/" + mariinsk + "/audit/verify"));
        assertThat(heading()).isEqualTo("Нет доступа к проекту");

        browser.get(url("/summary"));
        assertThat(heading()).isEqualTo("Сводка по региону");
        assertThat(text()).contains("только проекты вашей организации");

        browser.findElement(By.cssSelector(".site-header form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        assertThat(text()).contains("Вы вышли из системы");
        browser.get(url("/registry"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    @DisplayName("the auditor filters the registry, reads a project's timeline, its state at a date, the difference "
            + "between two dates, the chain check and a report's document; wrong addresses give Russian error pages")
    void auditor() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/registry"));
        logIn("auditor");
        assertThat(links()).contains("/projects/" + yaya, "/projects/" + mariinsk);
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Черновик");
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("status=DRAFT"));
        assertThat(links()).contains("/projects/" + mariinsk).doesNotContain("/projects/" + yaya);
        screenshot("registry-filtered");

        browser.get(url("/projects/" + yaya + "/audit"));
        assertThat(heading()).isEqualTo("История проекта");
        assertThat(text()).contains("Присвоен статус площадки").contains("minobr (министерство)")
                .contains("Статус:").contains("Скачать историю (CSV)");
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Присвоен статус площадки");
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("kind=StatusAssignedEvent"));
        assertThat(browser.findElements(By.cssSelector(".timeline > li"))).hasSize(1);
        assertThat(text()).contains("Приказ о статусе › Номер приказа");
        fullScreenshot("audit-timeline");

        // Tomorrow by the machine's date is after the project's events in any time zone the region may have.
        browser.get(url("/projects/" + yaya + "/audit/state?at=" + LocalDate.now().plusDays(1)));
        assertThat(heading()).startsWith("Состояние проекта на ");
        assertThat(text()).contains("Восстановлено из событий").contains("Карточка проекта");
        fullScreenshot("audit-state");

        browser.get(url("/projects/" + yaya + "/audit/diff?from=2000-01-01&to=" + LocalDate.now().plusDays(1)));
        assertThat(heading()).startsWith("Что изменилось с 01.01.2000");
        assertThat(browser.findElements(By.cssSelector("table.diff tbody tr")).size()).isGreaterThan(10);
        assertThat(text()).contains("Статус").contains("Статус присвоен, проект идёт");
        fullScreenshot("audit-diff");

        browser.get(url("/projects/" + yaya + "/audit/verify"));
        assertThat(heading()).isEqualTo("Проверка целостности истории");
        assertThat(browser.findElement(By.cssSelector(".intact")).getText()).isEqualTo("Цепочка цела.");
        screenshot("audit-verify");

        browser.get(url("/projects/" + yaya));
        WebElement html = browser.findElement(By.cssSelector("a[href*='format=html'][href*='version=1']"));
        browser.get(html.getAttribute("href"));
        assertThat(browser.getTitle()).startsWith("Промежуточный отчёт");
        assertThat(text()).contains("1. Общие сведения");
        screenshot("report-document");

        browser.get(url("/projects/no-such-project"));
        assertThat(heading()).isEqualTo("Проект не найден");
        assertThat(text()).doesNotContain("Exception");
        screenshot("error-404");
        browser.get(url("/projects/" + yaya + "?at=2023-02-30"));
        assertThat(heading()).isEqualTo("Ошибка в адресе страницы");
        assertThat(text()).contains("ГГГГ-ММ-ДД");
        screenshot("error-400");
    }

    @Test
    @DisplayName("a ministry user reads the regional summary with its charts and any school's project")
    void ministry() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/summary"));
        logIn("minobr");
        assertThat(browser.getCurrentUrl()).contains("/summary");
        assertThat(heading()).isEqualTo("Сводка по региону");
        assertThat(browser.findElements(By.cssSelector(".chart svg"))).hasSize(4);
        assertThat(text()).contains("По статусам").contains("По уровням").contains("По территориям")
                .contains("Отчёты на рассмотрении").contains("Этап закончился, отчёта нет");
        fullScreenshot("summary");

        browser.get(url("/projects/" + mariinsk));
        assertThat(heading()).startsWith("Развитие субъектов педагогического процесса");
        assertThat(text()).contains("Черновик").contains("Отчётов пока нет");
        fullScreenshot("project-draft");
        browser.get(url("/projects/" + yaya + "/audit"));
        assertThat(heading()).isEqualTo("История проекта");
    }

    @Test
    @DisplayName("a school leader reads her project's year section by section from the project page: the plan as of a "
            + "day, the events held filtered by level, dissemination by form and period, contests, products, acts, "
            + "participants, resources, risks and indicators")
    void projectYear() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/projects/" + year));
        logIn("tikhomirova");
        assertThat(text()).contains("Разделы года проекта");

        browser.findElement(By.cssSelector("nav .subnav a[href$='/plan']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/plan"));
        assertThat(heading()).isEqualTo("Календарный план");
        setDate("at", "2024-01-15");
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("at=2024-01-15"));
        assertThat(text()).contains("На 15.01.2024").contains("выполнено частично (1 из 2)")
                .contains("выполнено с отклонением").contains("не выполнено")
                .contains("Положение №12 от 05.06.2023 «Положение о сетевых образовательных сообществах»")
                .contains("Конференция перенесена на каникулы по просьбе школ");
        assertThat(browser.findElements(By.cssSelector("td.state-PARTLY_DONE"))).hasSize(1);
        fullScreenshot("year-plan");

        browser.findElement(By.linkText("Мероприятия")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/events"));
        assertThat(text()).contains("Мероприятий: 4").contains("апрель 2023").contains("Сикора Мария Сергеевна");
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("межрегиональный уровень");
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("level=INTERREGIONAL"));
        assertThat(browser.findElements(By.cssSelector("table.events tbody tr"))).hasSize(1);
        assertThat(text()).contains("Межрегиональный слет обучающихся и педагогов");
        browser.get(url("/projects/" + year + "/events"));
        fullScreenshot("year-events");

        browser.findElement(By.linkText("Трансляция опыта")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/dissemination"));
        assertThat(text()).contains("газета «Педагогический поиск», рубрика «В ТОЧКУ!», № 5 (май 2023), с. 3")
                .contains("без даты");
        fullScreenshot("year-dissemination");
        new Select(browser.findElement(By.id("form"))).selectByVisibleText("семинар");
        setDate("from", "2023-01-01");
        setDate("to", "2023-03-31");
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("form=SEMINAR"));
        assertThat(text()).contains("Работа на интерактивной платформе Miro")
                .doesNotContain("Презентация проектов, реализуемых");

        browser.findElement(By.linkText("Конкурсы и награды")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/contests"));
        assertThat(text()).contains("VIII муниципальная научно-практическая конференция").contains("участник");
        screenshot("year-contests");

        browser.findElement(By.linkText("Продукты")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/products"));
        assertThat(text()).contains("Муниципальная база ресурсов Центров образования «Точка роста»");
        screenshot("year-products");

        browser.findElement(By.linkText("Локальные акты")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/acts"));
        assertThat(text()).contains("№12 от 05.06.2023").contains("Проекты актов (ещё не приняты)")
                .contains("График проведения сетевых мероприятий на 2023-2024");
        fullScreenshot("year-acts");

        browser.findElement(By.linkText("Участники и команда")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/participants"));
        assertThat(text()).contains("педагоги — 85").contains("Абдулхакова Елена Ивановна").contains("высшая");
        fullScreenshot("year-participants");

        browser.findElement(By.linkText("Ресурсы")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/resources"));
        assertThat(text()).contains("Научно-методические ресурсы").contains("Реестр программ");
        fullScreenshot("year-resources");

        browser.findElement(By.linkText("Риски")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/risks"));
        assertThat(text()).contains("Проблема доставки обучающихся").contains("проявился");
        fullScreenshot("year-risks");

        browser.findElement(By.cssSelector("nav .subnav a[href$='/indicators']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/indicators"));
        assertThat(text()).contains("Составляющая «Предметная»").contains("8.50");
        assertThat(browser.findElements(By.cssSelector(".indicator .chart svg"))).hasSizeGreaterThanOrEqualTo(2);
        fullScreenshot("year-indicators");

        // Printed, the plan keeps its content and drops the header, navigation and filter form.
        browser.get(url("/projects/" + year + "/plan?at=2024-01-15"));
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector("form.filters")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".subnav")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
            assertThat(text()).contains("Календарный план").contains("выполнено частично (1 из 2)");
            fullScreenshot("year-plan-print");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        browser.get(url("/projects/" + mariinsk + "/dissemination"));
        assertThat(heading()).isEqualTo("Нет доступа к проекту");
    }

    @Test
    @DisplayName("a network's leader opens the sub-projects from the project page: each participant's sub-project with its own plan")
    void networkSubProjects() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/projects/" + network));
        logIn("tikhomirova");
        browser.findElement(By.linkText("Подпроекты участников сети")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sub-projects"));
        assertThat(heading()).isEqualTo("Подпроекты участников сетевого проекта");
        assertThat(browser.findElements(By.cssSelector("section.sub-project"))).hasSize(2);
        assertThat(text()).contains(Seed004NetworkProject.roadmap().get(12).title())
                .contains("Мероприятия ещё не запланированы.");
        fullScreenshot("year-sub-projects");
    }

    @Test
    @DisplayName("a participant school's teacher finds network projects in her registry, reads the network's sub-projects, "
            + "and no other school's project")
    void networkParticipant() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/registry"));
        logIn("khramtsova");
        assertThat(links()).contains("/projects/").doesNotContain("/projects/" + mariinsk);
        screenshot("registry-network-participant");
        browser.get(url("/projects/" + network + "/sub-projects"));
        assertThat(heading()).isEqualTo("Подпроекты участников сетевого проекта");
        assertThat(text()).contains("Мой выбор");
        fullScreenshot("sub-projects-as-participant");
        browser.get(url("/projects/" + mariinsk));
        assertThat(heading()).isEqualTo("Нет доступа к проекту");
    }

    /** A date field's value as the form sends it; typing into it would depend on the browser's locale. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), isoDate);
    }

    private void logIn(String user) {
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String links() {
        StringBuilder all = new StringBuilder();
        browser.findElements(By.cssSelector("main a")).forEach(link -> all.append(link.getAttribute("href")).append('\n'));
        return all.toString();
    }

    private void screenshot(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        save(name);
    }

    private void fullScreenshot(String name) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 150, 6000)));
        save(name);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void save(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("pages-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
