package ru.edu.innovation.query.documents;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.contest.ContestEntryRecordedEvent;
import ru.edu.innovation.api.dissemination.DisseminationRecordedEvent;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityCancelledEvent;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ManagementAction;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.api.product.ProductRecordedEvent;
import ru.edu.innovation.api.report.ReportFileAttachedEvent;
import ru.edu.innovation.api.report.ReportFileDetachedEvent;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.query.card.ProjectHistory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.query.card.ProjectHistory.approve;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.conferenceParticipation;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminar;
import static ru.edu.innovation.seeds.SeedProjects.ogeStudentsBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.pedagogicalSearchPublication;
import static ru.edu.innovation.seeds.SeedProjects.projectsPresentationSeminar;
import static ru.edu.innovation.seeds.SeedProjects.rallyMasterClasses;
import static ru.edu.innovation.seeds.SeedProjects.resourceBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.efficiencyIndicatorsActivity;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayHeld2023;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDaySeries;
import static ru.edu.innovation.seeds.SeedProjects.transportDeviation;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsSchedule;
import static ru.edu.innovation.seeds.SeedProjects.networkModelActivity;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;

/** The report document drawn from a card folded from seed 004's project with seed 000's interim report. */
class ReportDrawingTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Novokuznetsk");
    static final String REPORT_ID = "report-2023";
    static final String CONCLUSION = "Промежуточные результаты соответствуют плану, модель сети апробирована";
    static final Period REPORT_PERIOD = interimReport2022_2023().reportingPeriod();
    static final Instant RALLY_RECORDED = Instant.parse("2023-07-20T05:00:00Z");
    static final String PROGRAMME_FILE = "Программа семинара.pdf";
    static final String PHOTO_FILE = "Фото конференции.jpg";
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** Five activities of seed 004 in an order other than the plan's, one held, one deviating, one not done. */
    static ProjectHistory yayaWithInterimReport() {
        return ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "a-methodical", methodicalDayActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "a-conference", conferenceActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "a-efficiency", efficiencyIndicatorsActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "a-model", networkModelActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "a-resources", resourceMapActivity()))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "h-conference", conferenceHeld("a-conference")))
                .then(new ActivityDeviationRecordedEvent(PROJECT_ID, "a-efficiency", new Deviation(
                        "Творческая группа не собралась в феврале из-за карантина",
                        "Заседание перенесено на март, показатели согласованы дистанционно")))
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "act-network", new NormativeAct(NormativeActKind.REGULATION,
                        "12", LocalDate.of(2023, 2, 1), "Положение о сетевых образовательных сообществах",
                        "Порядок формирования сетевых сообществ Центров «Точка роста»")))
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "act-later", new NormativeAct(NormativeActKind.ORDER,
                        "40", LocalDate.of(2023, 10, 2), "Приказ о втором годе сети", "После отчётного периода")))
                // A draft of the period: it does not count until adopted.
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "act-schedule", networkEventsSchedule()))
                .then(new IndicatorDefinedEvent(PROJECT_ID, "oge-physics", ogeAverageScorePhysics()))
                .then(new IndicatorValueRecordedEvent(PROJECT_ID, "oge-physics", new IndicatorValue(
                        new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)), new BigDecimal("15.6"), "ОГЭ 2023")))
                .then(new DisseminationRecordedEvent(PROJECT_ID, "d-newspaper", pedagogicalSearchPublication()))
                .then(new DisseminationRecordedEvent(PROJECT_ID, "d-miro", miroSeminar()))
                .then(new ContestEntryRecordedEvent(PROJECT_ID, "c-conference", conferenceParticipation()))
                .then(new ProductRecordedEvent(PROJECT_ID, "p-oge-base", ogeStudentsBaseProduct()))
                .then(new ProductRecordedEvent(PROJECT_ID, "p-resource-base", resourceBaseProduct("a-resources")))
                // The rally's report gives no date: recorded in the summer, it belongs to this period.
                .recordedFrom(RALLY_RECORDED)
                .then(new DisseminationRecordedEvent(PROJECT_ID, "d-rally", rallyMasterClasses()))
                .then(new ReportSubmittedEvent(PROJECT_ID, REPORT_ID, interimReport2022_2023(), "sikora", null, null, null))
                .then(new ReportFileAttachedEvent(PROJECT_ID, REPORT_ID, "f-programme", PROGRAMME_FILE, "application/pdf",
                        12_800, SHA256, "Приложение 3", "sikora"))
                .then(new ReportFileAttachedEvent(PROJECT_ID, REPORT_ID, "f-draft", "Черновик.pdf", "application/pdf",
                        2_048, SHA256, null, "sikora"))
                .then(new ReportFileDetachedEvent(PROJECT_ID, REPORT_ID, "f-draft", "sikora"))
                .then(new ReportFileAttachedEvent(PROJECT_ID, REPORT_ID, "f-photo", PHOTO_FILE, "image/jpeg",
                        3_250_000, SHA256, null, "sikora"))
                .by("tikhomirova", Role.SCHOOL)
                .then(new ReportSignedEvent(PROJECT_ID, REPORT_ID, "tikhomirova"))
                .by("panina", Role.INSTITUTE)
                .then(new ReportReviewedEvent(PROJECT_ID, REPORT_ID, ReviewLevel.INSTITUTE, approve(CONCLUSION), "panina"));
    }

    static ReportDocument interimReport() {
        return ReportDrawing.draw(yayaWithInterimReport().card(), REPORT_PERIOD, ReportKind.INTERIM,
                interimReport2022_2023().sections(), REPORT_ID, ZONE);
    }

    @Test
    @DisplayName("the appendices list the files attached to the report in the order attached, a detached one gone")
    void attachments() {
        assertThat(interimReport().attachments()).containsExactly(
                new ReportDocument.AttachmentRow(1, "Приложение 3", PROGRAMME_FILE, "12,5 КБ"),
                new ReportDocument.AttachmentRow(2, "-", PHOTO_FILE, "3,1 МБ"));
    }

    @Test
    @DisplayName("a draft has no appendices: files belong to a report")
    void draftWithoutAttachments() {
        ReportDocument draft = ReportDrawing.draw(yayaWithInterimReport().card(), REPORT_PERIOD, ReportKind.INTERIM,
                null, null, ZONE);

        assertThat(draft.attachments()).isEmpty();
    }

    @Test
    @DisplayName("the title page names the site, its status order, the period and the kind")
    void titlePage() {
        ReportDocument.TitlePage title = interimReport().titlePage();

        assertThat(title.heading()).isEqualTo("Промежуточный отчёт");
        assertThat(title.level()).isEqualTo("региональной инновационной площадки");
        assertThat(title.site()).isEqualTo("МБУ ИМЦ УО Яйского округа (сетевой проект)");
        assertThat(title.statusOrder()).isEqualTo("Приказ о присвоении статуса от 30.09.2022 №2469");
        assertThat(title.periodLabel()).isEqualTo("2022–2023");
        assertThat(title.periodDates()).isEqualTo("01.01.2023 – 31.08.2023");
        assertThat(title.draft()).isFalse();
        assertThat(title.fileName()).isEqualTo("Промежуточный отчёт МБУ ИМЦ Яйского округа 2022–2023");
    }

    @Test
    @DisplayName("general information is what the school wrote in its report; the note comes from the project with its current stage")
    void generalInformationAndNote() {
        ReportDocument document = interimReport();

        assertThat(document.general().organizations()).hasSize(9).startsWith("МБУ ИМЦ Яйского округа");
        assertThat(document.general().addressAndContacts()).contains("tihomirovasa@yandex.ru");
        assertThat(document.general().leader()).isEqualTo("Тихомирова Светлана Анатольевна, директор");
        assertThat(document.note().theme()).startsWith("Повышение качества образовательных результатов");
        assertThat(document.note().tasks()).isNotEmpty();
        assertThat(document.note().stages()).extracting(ReportDocument.Stage::state)
                .containsExactly("идёт", "не начат", "не начат");
        assertThat(document.note().currentStage()).isEqualTo("1. Подготовительный этап");
        assertThat(document.narrative()).startsWith("С марта по июнь в округе");
    }

    @Test
    @DisplayName("the activity table is in plan order with the dash where nothing was held; deviations carry reason and action")
    void activitiesInPlanOrder() {
        ReportDocument document = interimReport();

        assertThat(document.activities()).extracting(ReportDocument.ActivityRow::planned).containsExactly(
                resourceMapActivity().title(), networkModelActivity().title(), efficiencyIndicatorsActivity().title(),
                conferenceActivity().title(), methodicalDayActivity().title());
        assertThat(document.activities()).extracting(ReportDocument.ActivityRow::number).containsExactly(1, 2, 3, 4, 5);
        ReportDocument.ActivityRow conference = document.activities().get(3);
        assertThat(conference.done()).startsWith("17.03.2023 — VIII муниципальная")
                .contains("муниципальный уровень", "участников: 69");
        assertThat(conference.results()).startsWith("Обучающиеся 8-9 классов");
        assertThat(document.activities().get(4).done()).isEqualTo("-");
        assertThat(document.activities().get(4).results()).isEqualTo("-");
        assertThat(document.deviations()).singleElement().satisfies(deviation -> {
            assertThat(deviation.activity()).isEqualTo(efficiencyIndicatorsActivity().title());
            assertThat(deviation.reason()).contains("карантина");
            assertThat(deviation.managementActions()).contains("перенесено на март");
        });
    }

    @Test
    @DisplayName("a row no event of the period records prints what the school's table says of the same activity")
    void rowWithoutEventsTakesTheSchoolsRow() {
        ReportDocument document = interimReport();

        ReportDocument.ActivityRow resources = row(document, resourceMapActivity().title());
        assertThat(resources.done()).startsWith("Создание и работа творческой группы");
        assertThat(resources.results()).isEqualTo("Создана муниципальная база ресурсов Центров образования «Точка роста»");
        assertThat(row(document, conferenceActivity().title()).done()).startsWith("17.03.2023 — VIII муниципальная");
    }

    @Test
    @DisplayName("each row's outcome is as of the period's end: a later cancellation and a session held after it do not count yet")
    void outcomesAtPeriodEnd() {
        ReportDocument document = interimReport();

        assertThat(document.activities()).extracting(ReportDocument.ActivityRow::outcome).containsExactly(
                "не выполнено", "не выполнено", "не выполнено", "выполнено", "не выполнено");

        var card = yayaWithInterimReport()
                .then(new ActivityAmendedEvent(PROJECT_ID, "a-methodical", new ActivityAmendment(methodicalDaySeries(),
                        "Корректировка программы", LocalDate.of(2023, 3, 20))))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "h-day", methodicalDayHeld2023("a-methodical")))
                .then(new ActivityCancelledEvent(PROJECT_ID, "a-model",
                        new ActivityCancellation("Модель объединена с картой ресурсов", LocalDate.of(2023, 6, 1))))
                .then(new ActivityCancelledEvent(PROJECT_ID, "a-resources",
                        new ActivityCancellation("Отменено после отчётного периода", LocalDate.of(2023, 10, 1))))
                .card();
        ReportDocument amended = ReportDrawing.draw(card, REPORT_PERIOD, ReportKind.INTERIM,
                interimReport2022_2023().sections(), REPORT_ID, ZONE);

        assertThat(row(amended, resourceMapActivity().title()).outcome()).isEqualTo("не выполнено");
        assertThat(row(amended, networkModelActivity().title()).outcome())
                .isEqualTo("отменено: Модель объединена с картой ресурсов");
        ReportDocument.ActivityRow day = row(amended, methodicalDayActivity().title());
        assertThat(day.outcome()).isEqualTo("выполнено частично (1 из 2)");
        assertThat(day.deadline()).isEqualTo("30.04.2024");
        assertThat(day.done()).startsWith("04.2023 — Муниципальный методический день")
                .contains("ведущие: Сикора Мария Сергеевна", "на базе: МБУ ИМЦ УО Яйского округа");
    }

    @Test
    @DisplayName("a deviation's management actions are listed a line each, with the local act each cites")
    void managementActionsCiteActs() {
        var card = ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "a-model", networkModelActivity()))
                .then(new NormativeActRegisteredEvent(PROJECT_ID, "act-schedule", new NormativeAct(NormativeActKind.PLAN,
                        "7", LocalDate.of(2023, 5, 2), "График сетевых мероприятий на 2023-2024", "Подвоз участников")))
                .then(new ActivityDeviationRecordedEvent(PROJECT_ID, "a-model", new Deviation(transportDeviation().reason(),
                        List.of(transportDeviation().managementActions().get(0),
                                new ManagementAction("Утвержден график сетевых мероприятий", "act-schedule")))))
                .card();

        ReportDocument document = ReportDrawing.draw(card, REPORT_PERIOD, ReportKind.INTERIM, null, null, ZONE);

        assertThat(document.deviations()).singleElement().satisfies(deviation -> assertThat(deviation.managementActions())
                .isEqualTo("Центры образования «Точка роста» объединены в сетевые образовательные сообщества\n"
                        + "Утвержден график сетевых мероприятий (План №7 от 02.05.2023 «График сетевых мероприятий на 2023-2024»)"));
    }

    private static ReportDocument.ActivityRow row(ReportDocument document, String title) {
        return document.activities().stream().filter(row -> row.planned().equals(title)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("only the period's adopted normative acts; participants by category from the events held; the indicator's value of the period")
    void actsParticipantsIndicators() {
        ReportDocument document = interimReport();

        assertThat(document.normativeActs()).singleElement().satisfies(act -> {
            assertThat(act.kind()).isEqualTo("Положение");
            assertThat(act.requisites()).isEqualTo("№12 от 01.02.2023");
        });
        assertThat(document.participants()).isEqualTo(new ReportDocument.Participants(1, List.of(
                new ReportDocument.CategoryTotal("педагоги", 14), new ReportDocument.CategoryTotal("обучающиеся", 52),
                new ReportDocument.CategoryTotal("другие", 3)), 69));
        assertThat(document.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.target()).isEqualByComparingTo(ogeAverageScorePhysics().target());
            assertThat(indicator.actual()).isEqualByComparingTo("15.6");
            assertThat(indicator.actualPeriod()).isEqualTo("2022–2023");
            assertThat(indicator.share()).isEqualByComparingTo("26.7");
        });
    }

    @Test
    @DisplayName("dissemination by level from the school up, dated entries by date; contests with participant and result; products with their task and activity")
    void outputs() {
        ReportDocument.Outputs outputs = interimReport().outputs();

        assertThat(outputs.dissemination()).extracting(ReportDocument.DisseminationLevel::level)
                .containsExactly("Муниципальный уровень", "Межрегиональный уровень");
        assertThat(outputs.dissemination().get(0).entries()).extracting(ReportDocument.DisseminationRow::date)
                .containsExactly("15.02.2023", "12.05.2023");
        ReportDocument.DisseminationRow newspaper = outputs.dissemination().get(0).entries().get(1);
        assertThat(newspaper.form()).isEqualTo("публикация");
        assertThat(newspaper.where()).isEqualTo("газета «Педагогический поиск», рубрика «В ТОЧКУ!», № 5 (май 2023), с. 3");
        assertThat(newspaper.speakers()).isEqualTo("Абдулхакова Е.И.");
        ReportDocument.DisseminationRow rally = outputs.dissemination().get(1).entries().get(0);
        assertThat(rally.form()).isEqualTo("мастер-класс");
        assertThat(rally.where()).startsWith("II межрегиональный слёт педагогов «Технологии будущего»");
        assertThat(rally.date()).isEqualTo("-");
        assertThat(outputs.contests()).singleElement().isEqualTo(new ReportDocument.ContestEntryRow(
                conferenceParticipation().contest(), "муниципальный уровень",
                conferenceParticipation().participant() + " (обучающиеся)", "участник", "17.03.2023"));
        assertThat(outputs.products()).extracting(ReportDocument.ProductEntryRow::source)
                .containsExactly("задача 1", "задача 1: " + resourceMapActivity().title());
        assertThat(outputs.products().get(1).kind()).isEqualTo("база данных");
        assertThat(outputs.products().get(1).reference()).startsWith("Приложение 1");
    }

    @Test
    @DisplayName("an undated entry recorded after the period is not in the period's report")
    void undatedEntryOfALaterPeriod() {
        ProjectHistory history = yayaWithInterimReport().recordedFrom(Instant.parse("2023-10-02T05:00:00Z"))
                .then(new DisseminationRecordedEvent(PROJECT_ID, "d-presentation",
                        projectsPresentationSeminar()));

        ReportDocument document = ReportDrawing.draw(history.card(), REPORT_PERIOD, ReportKind.INTERIM,
                interimReport2022_2023().sections(), REPORT_ID, ZONE);

        assertThat(document.outputs().dissemination()).flatExtracting(ReportDocument.DisseminationLevel::entries)
                .extracting(ReportDocument.DisseminationRow::topic)
                .doesNotContain(projectsPresentationSeminar().topic())
                .hasSize(3);
    }

    @Test
    @DisplayName("the institute's conclusion once given, with its date in the region's zone")
    void conclusion() {
        ReportDocument.Conclusion conclusion = interimReport().conclusion();

        assertThat(conclusion.text()).isEqualTo(CONCLUSION);
        assertThat(conclusion.decision()).isEqualTo("одобрен");
        assertThat(conclusion.date()).matches("\\d\\d\\.\\d\\d\\.\\d{4}");
    }

    @Test
    @DisplayName("a draft has no school's text and no conclusion, and what the model does not hold is left out")
    void draftLeavesOutWhatIsNotRecorded() {
        ProjectHistory history = ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "a-conference", conferenceActivity()));

        ReportDocument draft = ReportDrawing.draw(history.card(), REPORT_PERIOD, ReportKind.FINAL, null, null, ZONE);

        assertThat(draft.titlePage().draft()).isTrue();
        assertThat(draft.titlePage().heading()).isEqualTo("Итоговый отчёт");
        assertThat(draft.titlePage().fileName()).startsWith("Проект отчёта");
        assertThat(draft.general().organizations()).first().isEqualTo("МБУ ИМЦ УО Яйского округа");
        assertThat(draft.general().addressAndContacts())
                .isEqualTo("пгт Яя, ул. Советская, 17; 8(38441)2-13-08; tihomirovasa@yandex.ru; https://imcyaya.kuz-edu.ru/");
        assertThat(draft.activities()).singleElement().extracting(ReportDocument.ActivityRow::done).isEqualTo("-");
        assertThat(draft.deviations()).isEmpty();
        assertThat(draft.normativeActs()).isEmpty();
        assertThat(draft.participants()).isNull();
        assertThat(draft.indicators()).isEmpty();
        assertThat(draft.narrative()).isNull();
        assertThat(draft.conclusion()).isNull();
        assertThat(draft.outputs().dissemination()).isEmpty();
        assertThat(draft.outputs().contests()).isEmpty();
        assertThat(draft.outputs().products()).isEmpty();
    }
}
