package ru.edu.innovation.query.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.efficiencyIndicatorsActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkModelActivity;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;

/**
 * The interim report of {@link ReportDrawingTest} in each format, read back as text: PDF by
 * PDFBox, DOCX by POI, HTML as it is. The PDF's pages are saved as PNG under
 * {@code target/screenshots} to be looked at.
 */
public class ReportFormatsTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Every section the interim report of the seeds has, in the order the form gives them. */
    public static final List<String> SECTIONS = List.of("Промежуточный отчёт", "региональной инновационной площадки",
            "Приказ о присвоении статуса от 30.09.2022 №2469", "2022–2023", "1. Общие сведения",
            "1.1. Наименование образовательной организации", "1.2. Адрес и контакты",
            "1.3. Руководитель инновационной площадки", "Тихомирова Светлана Анатольевна, директор",
            "2. Информационно-аналитическая справка", "Тема:", "Цель:", "Задачи:", "Этапы",
            "Содержание деятельности по реализации инновационного проекта",
            "Отклонения от плана, их причины и управленческие действия", "Нормативные акты отчётного периода",
            "Участники проведённых мероприятий по категориям", "Трансляция опыта", "Муниципальный уровень",
            "Межрегиональный уровень", "Конкурсы и награды", "Продукты проекта",
            "Показатели: целевые и достигнутые значения",
            "Аналитическая справка образовательной организации", "Приложения", "Приложение 3",
            ReportDrawingTest.PROGRAMME_FILE, "12,5 КБ", ReportDrawingTest.PHOTO_FILE, "3,1 МБ",
            "3. Заключение научного консультанта",
            ReportDrawingTest.CONCLUSION);

    static final DocumentRenderer RENDERER = new DocumentRenderer(templates());

    @BeforeAll
    static void screenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The seeds' activities of {@link ReportDrawingTest} in the calendar plan's order. */
    public static List<String> activityTitlesInPlanOrder() {
        return List.of(resourceMapActivity().title(), networkModelActivity().title(),
                efficiencyIndicatorsActivity().title(), conferenceActivity().title(), methodicalDayActivity().title());
    }

    @Test
    @DisplayName("the PDF carries every section and the activity rows in plan order, in an embedded Cyrillic font")
    void pdf() throws IOException {
        byte[] pdf = RENDERER.render(ReportDrawingTest.interimReport(), DocumentFormat.PDF);

        String text = DocumentTexts.pdfText(pdf);
        Files.writeString(SCREENSHOTS.resolve("report-pdf.txt"), text);
        DocumentTexts.assertInOrder(text, SECTIONS);
        DocumentTexts.assertInOrder(text.substring(text.indexOf("Содержание деятельности")), activityTitlesInPlanOrder());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            });
            PDFRenderer pages = new PDFRenderer(document);
            for (int page = 0; page < Math.min(8, document.getNumberOfPages()); page++) {
                ImageIO.write(pages.renderImageWithDPI(page, 80), "png",
                        SCREENSHOTS.resolve("report-pdf-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    @Test
    @DisplayName("the DOCX carries every section and the activity rows in plan order")
    void docx() throws IOException {
        String text = DocumentTexts.docxText(RENDERER.render(ReportDrawingTest.interimReport(), DocumentFormat.DOCX));

        DocumentTexts.assertInOrder(text, SECTIONS);
        DocumentTexts.assertInOrder(text.substring(text.indexOf("Содержание деятельности")), activityTitlesInPlanOrder());
    }

    @Test
    @DisplayName("the HTML page carries the same, with the chart as inline SVG and print CSS")
    void html() throws IOException {
        String html = new String(RENDERER.render(ReportDrawingTest.interimReport(), DocumentFormat.HTML),
                StandardCharsets.UTF_8);

        String text = html.replaceAll("<[^>]+>", " ");
        DocumentTexts.assertInOrder(text, SECTIONS);
        DocumentTexts.assertInOrder(text.substring(text.indexOf("Содержание деятельности")), activityTitlesInPlanOrder());
        assertThat(html).contains("<svg", "достигнутое", "@page", "@media print", "lang=\"ru\"");
        Files.writeString(SCREENSHOTS.resolve("report.html"), html);
    }
}
