package ru.edu.innovation.query.documents;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.indicator.ComponentValue;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.query.card.ProjectHistory;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.query.documents.ReportDrawingTest.REPORT_ID;
import static ru.edu.innovation.query.documents.ReportDrawingTest.REPORT_PERIOD;
import static ru.edu.innovation.query.documents.ReportDrawingTest.ZONE;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;

/**
 * What the school records while its project runs, in the interim report of {@link ReportDrawingTest}:
 * the indicator of several components (seed 000), read back from the drawing and from PDF and DOCX.
 */
class RunningProjectDocumentTest {

    static ProjectHistory yayaRunning() {
        return ReportDrawingTest.yayaWithInterimReport()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "diagnostics", competencyDiagnostics()))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "diagnostics", new IndicatorValue(REPORT_PERIOD,
                        null, null, ValuePeriodKind.SCHOOL_YEAR,
                        List.of(new ComponentValue("Предметная", new BigDecimal("8.50")),
                                new ComponentValue("Цифровая", new BigDecimal("7"))))));
    }

    static ReportDocument interimReport() {
        return ReportDrawing.draw(yayaRunning().card(), REPORT_PERIOD, ReportKind.INTERIM,
                interimReport2022_2023().sections(), REPORT_ID, ZONE);
    }

    @Test
    @DisplayName("an indicator of components is followed by a row per component with its baseline and its value as written")
    void indicatorComponents() {
        List<ReportDocument.IndicatorRow> rows = interimReport().indicators();

        String name = competencyDiagnostics().name();
        assertThat(rows).extracting(ReportDocument.IndicatorRow::name).containsSubsequence(name, name + ": Предметная",
                name + ": Методическая", name + ": Психолого-педагогическая", name + ": Коммуникативная",
                name + ": Цифровая");
        ReportDocument.IndicatorRow subject = rows.stream().filter(row -> row.name().equals(name + ": Предметная"))
                .findFirst().orElseThrow();
        assertThat(subject.baseline().toPlainString()).isEqualTo("7.75");
        assertThat(subject.actual().toPlainString()).isEqualTo("8.50");
        assertThat(subject.actualPeriod()).isEqualTo("2022–2023");
        assertThat(subject.share()).isNull();
    }

    @Test
    @DisplayName("PDF and DOCX print the components' rows with the values as written")
    void componentsInPdfAndDocx() throws IOException {
        ReportDocument document = interimReport();
        for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) {
            byte[] bytes = ReportFormatsTest.RENDERER.render(document, format);
            String text = format == DocumentFormat.PDF ? DocumentTexts.pdfText(bytes) : DocumentTexts.docxText(bytes);
            DocumentTexts.assertInOrder(text, List.of("Показатели: целевые и достигнутые значения",
                    "Предметная", "7.75", "8.50", "2022–2023", "Методическая", "6.65", "Цифровая", "6.5", "7"));
        }
    }
}
