package ru.edu.innovation.query.documents;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.indicator.ComponentValue;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.OrganizationParticipationRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.participation.ParticipantCountsRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.participation.TeamMemberRecordedEvent;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.resource.ResourceRecordedEvent;
import ru.edu.innovation.api.risk.RiskMonitoringRecordedEvent;
import ru.edu.innovation.api.risk.RiskRecordedEvent;
import ru.edu.innovation.query.card.ProjectHistory;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.query.documents.ReportDrawingTest.REPORT_ID;
import static ru.edu.innovation.query.documents.ReportDrawingTest.REPORT_PERIOD;
import static ru.edu.innovation.query.documents.ReportDrawingTest.ZONE;
import static ru.edu.innovation.seeds.SeedProjects.abdulkhakovaTeacher;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
import static ru.edu.innovation.seeds.SeedProjects.coordinationRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRiskIn2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkSchools;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipantsMarchToJune2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaProjectTeam;
import static ru.edu.innovation.seeds.SeedProjects.yayaResourceBase;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;

/**
 * What the school records while its project runs, in the interim report of {@link ReportDrawingTest}:
 * the indicator of several components (seed 000), participants, resources and risks with their
 * monitoring (seeds 000, 002, 004), read back from the drawing and from PDF and DOCX.
 */
class RunningProjectDocumentTest {

    static ProjectHistory yayaRunning() {
        return ReportDrawingTest.yayaWithInterimReport()
                .then(new IndicatorDefinedEvent(PROJECT_ID, "diagnostics", competencyDiagnostics()))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "diagnostics", new IndicatorValue(REPORT_PERIOD,
                        null, null, ValuePeriodKind.SCHOOL_YEAR,
                        List.of(new ComponentValue("Предметная", new BigDecimal("8.50")),
                                new ComponentValue("Цифровая", new BigDecimal("7"))))))
                .then(new ParticipantCountsRecordedEvent(PROJECT_ID, "march-june", yayaParticipantsMarchToJune2023()))
                .then(new ParticipantCountsRecordedEvent(PROJECT_ID, "autumn", new ParticipantsByCategory(
                        new Period(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31)),
                        List.of(new CategoryCount(ParticipantCategory.PARENTS, null, 40)), "после отчётного периода")))
                .then(new OrganizationParticipationRecordedEvent(PROJECT_ID, "schools", yayaNetworkSchools()))
                .then(new TeamMemberRecordedEvent(PROJECT_ID, "leader", yayaProjectTeam().get(0)))
                .then(new TeamMemberRecordedEvent(PROJECT_ID, "abdulkhakova", abdulkhakovaTeacher()))
                .then(new ResourceRecordedEvent(PROJECT_ID, "staff", yayaResourceBase().get(0)))
                .then(new ResourceRecordedEvent(PROJECT_ID, "technical", yayaResourceBase().get(1)))
                .then(new RiskRecordedEvent(PROJECT_ID, "transport", transportRisk()))
                .then(new RiskRecordedEvent(PROJECT_ID, "coordination", coordinationRisk()))
                .then(new RiskMonitoringRecordedEvent(PROJECT_ID, "transport", transportRiskIn2022_2023()));
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

    @Test
    @DisplayName("the running project's section: participants by category of the period only, organizations, team, resources, risks with the period's monitoring")
    void runningProject() {
        ReportDocument.RunningProject running = interimReport().running();

        assertThat(running.participantsByCategory()).containsExactly(
                new ReportDocument.CategoryRow("01.03.2023 – 30.06.2023", "педагоги", 85),
                new ReportDocument.CategoryRow("01.03.2023 – 30.06.2023", "обучающиеся", 116));
        assertThat(running.organizations()).singleElement().satisfies(row -> {
            assertThat(row.count()).isEqualTo("8");
            assertThat(row.role()).startsWith("Участники сетевого взаимодействия");
        });
        assertThat(running.team()).extracting(ReportDocument.TeamRow::fullName)
                .containsExactly("Тихомирова Светлана Анатольевна", "Абдулхакова Елена Ивановна");
        assertThat(running.team().get(1).qualificationCategory()).isEqualTo("высшая");
        assertThat(running.resources()).extracting(ReportDocument.ResourceRow::kind)
                .containsExactly("Кадровые ресурсы", "Материально-технические ресурсы");
        assertThat(running.risks()).extracting(ReportDocument.RiskRow::state)
                .containsExactly("2022–2023: проявился", ReportDocument.NOTHING);
        assertThat(running.risks().get(0).actionsTaken()).contains("утвержден график сетевых мероприятий");
    }

    @Test
    @DisplayName("PDF and DOCX print participants by category, organizations, team, resources and risks with their monitoring")
    void runningProjectInPdfAndDocx() throws IOException {
        ReportDocument document = interimReport();
        for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) {
            byte[] bytes = ReportFormatsTest.RENDERER.render(document, format);
            String text = format == DocumentFormat.PDF ? DocumentTexts.pdfText(bytes) : DocumentTexts.docxText(bytes);
            DocumentTexts.assertInOrder(text, List.of("Участники проекта по категориям", "педагоги", "85",
                    "обучающиеся", "116", "Организации-участники проекта", "Участники сетевого взаимодействия", "8",
                    "Команда проекта", "Тихомирова Светлана Анатольевна", "Руководитель", "Абдулхакова Елена Ивановна",
                    "высшая", "Ресурсное обеспечение", "Кадровые ресурсы", "Кадровое обеспечение",
                    "Риски и их мониторинг", "Проблема доставки обучающихся", "2022–2023: проявился",
                    "утвержден график сетевых мероприятий", "Недостаточно хорошо распределяются"));
            assertThat(text).doesNotContain("после отчётного периода");
        }
    }
}
