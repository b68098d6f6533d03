package ru.edu.innovation.query.documents;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's HTML page in Debian's chromium (headless): it shows the Russian text and the
 * chart, and a full-page screenshot is saved under {@code target/screenshots} to be looked at.
 */
class ReportPageBrowserTest {

    private static WebDriver browser;
    private static Path profile;

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    @DisplayName("the HTML page of the seeds' interim report opens in a browser with its table and chart")
    void pageInBrowser() throws IOException {
        Files.createDirectories(ReportFormatsTest.SCREENSHOTS);
        Path page = ReportFormatsTest.SCREENSHOTS.resolve("report-page.html");
        Files.write(page, ReportFormatsTest.RENDERER.render(ReportDrawingTest.interimReport(), DocumentFormat.HTML));

        WebDriver browser = browser();
        browser.get(page.toAbsolutePath().toUri().toString());

        assertThat(browser.getTitle()).isEqualTo("Промежуточный отчёт МБУ ИМЦ Яйского округа 2022–2023");
        assertThat(browser.findElements(By.cssSelector("table.activities tbody tr"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector(".chart svg")).getSize().getWidth()).isGreaterThan(600);
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("1. Общие сведения");
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1100, (int) Math.min(height + 200, 8000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), ReportFormatsTest.SCREENSHOTS.resolve("report-html.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriver browser() throws IOException {
        if (browser == null) {
            profile = Files.createTempDirectory("report-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1100,1000", "--lang=ru-RU");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            browser = new ChromeDriver(service, options);
        }
        return browser;
    }
}
