package ru.edu.innovation.seeds;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.dissemination.Dissemination;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.Audience;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.risk.ProjectRisk;
import ru.edu.innovation.api.risk.RiskMonitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Seed 000 whole: the interim report of the Yaya network site for 2022–2023, every table and list
 * of it as the records the API takes, values as the document writes them. The document gives no
 * day for most of what it tells; where the API needs one, the comment says what stands for it.
 * <p>
 * The project itself (theme, goal, stages, period 2023–2024) is seed 004's: the document's year
 * starts in September 2022, before that period, so what it dates in autumn 2022 (the staffing
 * analysis of November, the diagnostics of December) enters as values and products, not as events.
 */
public final class Seed000InterimReport {

    /** The reporting period: the school year 2022–2023 as the project has it, from January 2023. */
    public static final Period PERIOD = SeedProjects.YAYA_INTERIM_PERIOD;

    private Seed000InterimReport() {
    }

    /** The report as submitted: title page, general information, theme, goal, stages, the activity table, the note. */
    public static ReportSubmission report() {
        return SeedProjects.interimReport2022_2023();
    }

    /** The table «Содержание деятельности», its six rows as the report writes them. */
    public static List<ReportActivityRow> activityTable() {
        return report().sections().activities();
    }

    /**
     * The six planned activities of the table, one per row, with the row's results as what was
     * expected; the document gives no deadline, responsible or task number of any of them.
     */
    public static List<ActivityPlan> plannedActivities() {
        return activityTable().stream()
                .map(row -> new ActivityPlan(null, row.plannedActivity(), null, null, null, null, row.results(),
                        null, null))
                .toList();
    }

    /** Which row (0-based) of the table the network events (row 6) are. */
    public static final int NETWORK_EVENTS_ROW = 5;

    /** Row 2: the projects presentation seminar, «в сентябре 2023», no day. */
    public static final int PROJECTS_ROW = 1;

    /**
     * «С марта по июнь … 5 районных мероприятий для педагогов округа (85 участников)»: the five
     * entered as one entry of the network events; the document gives the span, not a month, so March,
     * its first month, stands for it.
     */
    public static HeldEvent districtEventsForTeachers(String activityId) {
        return new HeldEvent(null, "Районные сетевые мероприятия для педагогов округа на базе ЦО «Точка роста» (5)",
                EventLevel.MUNICIPAL, null, List.of(new CategoryCount(ParticipantCategory.TEACHERS, null, 85)),
                "Проведено 5 районных мероприятий для педагогов округа", activityId, "2023-03", List.of(), null, null,
                List.of(Audience.TEACHERS));
    }

    /** «… и 8 (116 участников) для обучающихся», the same span; March stands for it. */
    public static HeldEvent districtEventsForStudents(String activityId) {
        return new HeldEvent(null, "Районные сетевые мероприятия для обучающихся на базе ЦО «Точка роста» (8)",
                EventLevel.MUNICIPAL, null, List.of(new CategoryCount(ParticipantCategory.STUDENTS, null, 116)),
                "Проведено 8 районных мероприятий для обучающихся", activityId, "2023-03", List.of(), null, null,
                List.of(Audience.STUDENTS));
    }

    /**
     * The II interregional rally «Технологии будущего», «в летний период», no month: July stands for it.
     * «около 120 педагогов и 80 обучающихся» from 18 districts and the Novosibirsk region.
     */
    public static HeldEvent interregionalRally(String activityId) {
        return new HeldEvent(null, "II межрегиональный слёт педагогов «Технологии будущего»", EventLevel.INTERREGIONAL,
                "в рамках культурно-образовательного турне для педагогов и обучающихся «5 точек развития»",
                List.of(new CategoryCount(ParticipantCategory.TEACHERS, null, 120),
                        new CategoryCount(ParticipantCategory.STUDENTS, null, 80)),
                "Проектная кейс-сессия «В заданном квадрате» для муниципальных команд; мастер-классы; выставка роботов "
                        + "«Робофест»; «Профориентационный ринг»; проектно-методическое домино «Азбука менеджмента "
                        + "ЦО „Точка роста“»",
                activityId, "2023-07", List.of(), null, "Сетевое взаимодействие Центров образования «Точка роста»",
                List.of(Audience.TEACHERS, Audience.STUDENTS));
    }

    /** «В сентябре 2023 проведен семинар по презентации проектов», for the heads of the Centres; no count given. */
    public static HeldEvent projectsPresentationSeminar(String activityId) {
        return new HeldEvent(null, "Семинар по презентации проектов, реализуемых с использованием оборудования "
                + "ЦО «Точка роста»", EventLevel.MUNICIPAL, "семинар", List.of(),
                "Руководители ЦО «Точка роста» познакомились с возможностями других, определили потенциальных "
                        + "партнеров сетевого взаимодействия (Приложение 2)",
                activityId, "2023-09", List.of(), null, null, List.of(Audience.HEADS_OF_SCHOOLS));
    }

    /** The deviation of the network events and the management actions: the communities and the schedule. */
    public static Deviation deviation() {
        return SeedProjects.transportDeviation();
    }

    /** «Были разработаны локальные акты» (appendices 6–8): no number or date given, drafts. */
    public static List<NormativeAct> normativeActs() {
        return List.of(SeedProjects.networkCommunitiesRegulation(), SeedProjects.networkCommunitiesOrder(),
                SeedProjects.networkEventsSchedule());
    }

    /** Participants by category, March to June (85 teachers, 116 students). */
    public static ParticipantsByCategory participantsMarchToJune() {
        return SeedProjects.yayaParticipantsMarchToJune2023();
    }

    /** Section 1.1: the eight schools besides the IMC. */
    public static OrganizationParticipation networkSchools() {
        return SeedProjects.yayaNetworkSchools();
    }

    /** The rally's participants: the Centres of 18 city and municipal districts and teachers of the Novosibirsk region. */
    public static OrganizationParticipation rallyParticipants() {
        return new OrganizationParticipation("Центры образования «Точка роста» 18 городских и муниципальных округов; "
                + "педагоги Новосибирской области", "Участники II межрегионального слёта педагогов «Технологии будущего»",
                18, "педагоги и обучающиеся центров образования «Точка роста»", PERIOD);
    }

    /** The competency diagnostics of December 2022, five areas as written (7,75; 6,65; 7,55; 7,25; 6,5). */
    public static IndicatorDefinition competencyDiagnostics() {
        return SeedProjects.competencyDiagnostics();
    }

    /** The interim monitoring «в соответствии с установленными показателями результативности»: four shares. */
    public static List<MonitoredIndicator> monitoring() {
        return List.of(
                share("Корректное заполнение карты ресурсов Центров образования «Точка роста» в онлайн таблице",
                        "Анализ онлайн таблицы", "100"),
                share("Выполнение событийного календаря сетевого проекта", "Анализ интерактивной платформы Miro", "100"),
                share("Участие педагогов ЦО «Точка роста» в сетевых мероприятиях", null, "100"),
                share("Педагоги ЦО «Точка роста», прошедшие диагностику профессиональных компетенций на платформе ЦНППМ",
                        "Диагностика на платформе ЦНППМ", "71"));
    }

    /**
     * An indicator of the monitoring and its value over the period. The document gives neither a
     * baseline nor a target («Целевые показатели были достигнуты в полной мере»), only the value.
     */
    public record MonitoredIndicator(IndicatorDefinition indicator, IndicatorValue value) {
    }

    private static MonitoredIndicator share(String name, String method, String value) {
        return new MonitoredIndicator(new IndicatorDefinition(name, "%", null, null, method, null, null),
                new IndicatorValue(PERIOD, new BigDecimal(value), null, ValuePeriodKind.SCHOOL_YEAR, List.of()));
    }

    /** The municipal project's aim: OGE 2024 average scores at least 20% higher (физика – 17,8, химия – 23,3, биология – 25,9). */
    public static List<IndicatorDefinition> ogeTargets() {
        return List.of(SeedProjects.ogeAverageScorePhysics(), SeedProjects.ogeAverageScoreChemistry(),
                SeedProjects.ogeAverageScoreBiology());
    }

    /** The master classes of the rally and the projects presentation seminar. */
    public static List<Dissemination> dissemination() {
        return List.of(SeedProjects.rallyMasterClasses(), SeedProjects.projectsPresentationSeminar());
    }

    /** The products the report names with their appendices. */
    public static List<Product> products(String resourceMapActivityId) {
        return List.of(SeedProjects.resourceBaseProduct(resourceMapActivityId),
                new Product("Анализ кадрового обеспечения на основе карт ресурсного потенциала (ноябрь 2022)",
                        ProductKind.ANALYTICAL_REPORT, null, null, "Приложение 3"),
                new Product("Муниципальный проект «Повышение качества образовательных результатов по предметам "
                        + "(химия, физика, биология) в ОО Яйского МО через сетевое взаимодействие Центров образования "
                        + "«Точка роста»» (декабрь 2022)", ProductKind.PROGRAM, null, null, "Приложение 4"),
                new Product("Сетевые мероприятия на интерактивной платформе МИРО", ProductKind.OTHER, null, null,
                        "Приложение 5"));
    }

    /** The sections of the municipal base of the Centres' resources. */
    public static List<ProjectResource> resources() {
        return SeedProjects.yayaResourceBase();
    }

    /** The transport risk (004) and how 2022–2023 saw it (000). */
    public static ProjectRisk risk() {
        return SeedProjects.transportRisk();
    }

    public static RiskMonitoring riskMonitoring() {
        return SeedProjects.transportRiskIn2022_2023();
    }

    /** Who signs the report, as the document writes them: the leader and the scientific consultant. */
    public static final String SCIENTIFIC_CONSULTANT = "Панина Т.С.";
    public static final String LEADER = "Тихомирова С.А";
}
