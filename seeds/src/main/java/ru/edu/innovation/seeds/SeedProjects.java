package ru.edu.innovation.seeds;

import ru.edu.innovation.api.common.Contacts;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.common.ParticipantOrganization;
import ru.edu.innovation.api.common.Partner;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.Risk;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.common.TeamMember;
import ru.edu.innovation.api.contest.ContestEntry;
import ru.edu.innovation.api.contest.ContestResult;
import ru.edu.innovation.api.contest.ParticipantKind;
import ru.edu.innovation.api.dissemination.Dissemination;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.dissemination.Publication;
import ru.edu.innovation.api.indicator.IndicatorComponent;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.api.risk.ProjectRisk;
import ru.edu.innovation.api.risk.RiskMonitoring;
import ru.edu.innovation.api.risk.RiskState;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.Audience;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.ManagementAction;
import ru.edu.innovation.api.plan.Presenter;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.status.StatusOrder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The seeds' projects (documents in {@code shared/seeds}): the network project card of the Yaya
 * district (004), its interim report for 2022–2023 (000) and the program of the КРИПКиПРО support
 * site in the Mariinsk district (002). The demo data of the embedded run and the tests use them.
 */
public final class SeedProjects {

    public static final String IMC_YAYA = "imc-yaya";
    public static final String SCHOOL_12_MARIINSK = "school-12-mariinsk";

    /** The logins of the projects' leaders, who sign their applications and reports. */
    public static final String TIKHOMIROVA = "tikhomirova";
    public static final String KARTASHOVA = "kartashova";

    public static final String YAYA_TERRITORY = "Яйский муниципальный округ";
    public static final String MARIINSK_TERRITORY = "Мариинский муниципальный округ";
    public static final String IMC_YAYA_NAME = "МБУ ИМЦ УО Яйского округа";

    public static final Period YAYA_PERIOD = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 8, 31));

    public static final String YAYA_THEME = "Повышение качества образовательных результатов по предметам "
            + "(химия, физика, биология) в ОО Яйского МО через сетевое взаимодействие "
            + "Центров образования «Точка роста»";

    private SeedProjects() {
    }

    // ---- seed 004: the network project of the Yaya district ---------------------------------

    public static ProjectDetails yayaNetworkProject() {
        return new ProjectDetails(
                StatusLevel.REGIONAL,
                YAYA_THEME,
                "Увеличение среднего балла результатов ОГЭ 2024 по учебным предметам естественно-научной "
                        + "направленности не менее чем на 20% (физика – 17,8, химия – 23,3, биология – 25,9) "
                        + "путем внедрения модели сетевого взаимодействия Центров образования «Точка роста»",
                List.of(
                        "Разработать и внедрить модель сетевого взаимодействия для обучающихся 8-9 классов, "
                                + "планирующих сдачу ОГЭ по химии, биологии, физике, через анализ возможностей "
                                + "Центров образования «Точка роста»",
                        "Обеспечить сопровождение внедрения модели сетевого взаимодействия "
                                + "Центров образования «Точка роста»",
                        "Оценить эффективность модели сетевого взаимодействия Центров образования «Точка роста» "
                                + "на повышение среднего балла ОГЭ по химии, биологии, физике"),
                "Сетевое взаимодействие Центров образования «Точка роста»",
                YAYA_PERIOD,
                yayaStages(),
                imcYaya(),
                yayaParticipants(),
                new Person("Тихомирова Светлана Анатольевна", "директор МБУ ИМЦ УО Яйского округа", TIKHOMIROVA),
                List.of(
                        new Person("Сикора Мария Сергеевна", "методист МБУ ИМЦ УО Яйского округа"),
                        new Person("Калинченко Виктория Сергеевна", "учитель истории МБОУ «Судженская ООШ №36»")),
                new Person("Панина Т.С.", "научный консультант"),
                List.of(
                        new TeamMember("Тихомирова Светлана Анатольевна", "Руководитель", List.of(
                                "принимает управленческие решения об изменении событийного календаря проекта",
                                "утверждает показатели оценки сетевого взаимодействия",
                                "выявляет причины неэффективности сетевого взаимодействия",
                                "проводит промежуточный и итоговый анализ результатов сетевого взаимодействия")),
                        new TeamMember("Сикора Мария Сергеевна", "Координатор", List.of(
                                "осуществляет сбор и анализ данных ресурсных возможностей Центров образования «Точка роста»",
                                "координирует работу педагогов на интерактивной платформе Miro",
                                "оказывает организационно-методическую поддержку педагогов")),
                        new TeamMember("Калинченко Виктория Сергеевна", "Координатор", List.of(
                                "осуществляет сбор и анализ базы данных обучающихся 8-9 классов",
                                "координирует транспортную логистику",
                                "проводит анализ результатов ОГЭ"))),
                List.of(
                        new Partner("Управление образования Яйского муниципального округа",
                                "сравнительный анализ результатов ОГЭ 2022 и 2023 гг. по химии, биологии и физике"),
                        new Partner("ЦНППМ",
                                "диагностика профессиональных компетенций педагогов Центров образования «Точка роста»")),
                List.of(
                        new Risk("Проблема доставки обучающихся при очном проведении сетевых мероприятий",
                                "Транспортная логистика согласно расписанию; использование дистанционных "
                                        + "образовательных технологий"),
                        new Risk("Недостаточно хорошо распределяются функциональные обязанности субъектов "
                                        + "интеграции и координируется работа",
                                "Отслеживание активности Центров образования «Точка роста» в сетевом взаимодействии "
                                        + "на интерактивной платформе; контроль выполнения событийного календаря "
                                        + "проекта директором ИМЦ")));
    }

    /**
     * Seed 004's project as the school registers it on day one: the level, the theme and its own
     * organization; goal, tasks, period, stages and leader come later.
     */
    public static ProjectDetails yayaFirstDayDraft() {
        return new ProjectDetails(StatusLevel.REGIONAL, YAYA_THEME, null, null, null, null, null, imcYaya(), null,
                null, null, null, null, null, null);
    }

    public static Organization imcYaya() {
        return new Organization(IMC_YAYA, IMC_YAYA_NAME, "МБУ ИМЦ Яйского округа", YAYA_TERRITORY,
                "пгт Яя, ул. Советская, 17",
                new Contacts("8(38441)2-13-08", "tihomirovasa@yandex.ru", "https://imcyaya.kuz-edu.ru/"));
    }

    public static List<StagePlan> yayaStages() {
        return List.of(
                new StagePlan("Подготовительный этап",
                        new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28))),
                new StagePlan("Этап реализации",
                        new Period(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 5, 31))),
                new StagePlan("Итоговый этап",
                        new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31))));
    }

    public static List<ParticipantOrganization> yayaParticipants() {
        return List.of(
                yayaSchool("school-yaya-1", "МБОУ «Яйская основная общеобразовательная школа №1»",
                        "МБОУ «Яйская ООШ №1»",
                        "Интерактивный учебно-методический комплекс как средство формирования учебной среды"),
                yayaSchool("school-yaya-2", "МБОУ «Яйская средняя общеобразовательная школа №2»",
                        "МБОУ «Яйская СОШ №2»",
                        "Эффективное функционирование центра «Точка роста» за счёт создания "
                                + "организационно-содержательной модели Школы занимательных наук «Экспериментариум»"),
                yayaSchool("school-yaya-3", "МБОУ «Яйская основная общеобразовательная школа №3»",
                        "МБОУ «Яйская ООШ №3»",
                        "Организация образовательной деятельности по робототехнике"),
                yayaSchool("school-yaya-kaylinka", "МБОУ «Кайлинская средняя общеобразовательная школа имени "
                                + "Героя Советского Союза В.Д. Жихарева»",
                        "МБОУ «Кайлинская ООШ им. Героя Советского Союза В.Д. Жихарева»",
                        "Межсетевое взаимодействие центров «Точка Роста» посредством наставничества "
                                + "«Учитель-ученик», «Ученик-ученик»"),
                yayaSchool("school-yaya-maryevka", "МБОУ «Марьевская основная общеобразовательная школа им. В.Д. Федорова»",
                        "МБОУ «Марьевская ООШ им. В.Д. Фёдорова»",
                        "Разработка и применение цифрового образовательного контента средствами иммерсивных "
                                + "технологий в урочной деятельности"),
                yayaSchool("school-yaya-ulanovka", "МБОУ «Улановская основная общеобразовательная школа»",
                        "МБОУ «Улановская ООШ»",
                        "Развитие личностного потенциала обучающихся средствами проектной деятельности: "
                                + "«Гончарная мастерская»"),
                yayaSchool("school-yaya-ishim", "МБОУ «Ишимская основная общеобразовательная школа»",
                        "МБОУ «Ишимская ООШ»",
                        "Мой выбор"),
                yayaSchool("school-yaya-novonikolaevka", "МБОУ «Новониколаевская основная общеобразовательная школа»",
                        "МБОУ «Новониколаевская ООШ»",
                        "Учебно-исследовательское проектирование с использованием цифровых инструментов на "
                                + "инфраструктурной платформе «Точка роста» (Создание интерактивной карты "
                                + "лекарственных растений села Новониколаевка)"));
    }

    private static ParticipantOrganization yayaSchool(String id, String fullName, String shortName,
                                                      String subProjectTitle) {
        return new ParticipantOrganization(
                new Organization(id, fullName, shortName, YAYA_TERRITORY, null, null), subProjectTitle);
    }

    /** «Приказ Министерства образования Кузбасса от 30.09.2022 №2469» (seed 000, title page). */
    public static StatusOrder statusOrder2469() {
        return new StatusOrder(StatusLevel.REGIONAL, "2469", LocalDate.of(2022, 9, 30),
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 8, 31));
    }

    // ---- seed 004: roadmap, indicators, events held ------------------------------------------

    public static ActivityPlan resourceMapActivity() {
        return new ActivityPlan(1,
                "Разработка карты ресурсов и оценка возможностей Центров образования «Точка роста»",
                LocalDate.of(2023, 1, 9), LocalDate.of(2023, 2, 28),
                IMC_YAYA_NAME,
                "Методисты, курирующие химию, физику, биологию",
                "Создана муниципальная база ресурсов Центров образования «Точка роста»");
    }

    public static ActivityPlan networkModelActivity() {
        return new ActivityPlan(1,
                "Разработка модели сетевого взаимодействия Центров образования «Точка роста» для обучающихся "
                        + "8-9 классов и планирование мероприятий",
                LocalDate.of(2023, 1, 9), LocalDate.of(2023, 2, 28),
                IMC_YAYA_NAME,
                "Методисты, курирующие химию, физику, биологию",
                "100% Центров образования «Точка роста» предоставили мероприятия для реализации сетевого взаимодействия");
    }

    public static ActivityPlan conferenceActivity() {
        return new ActivityPlan(2,
                "VIII муниципальная научно-практическая конференция исследовательских работ обучающихся 5-9 классов",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31),
                IMC_YAYA_NAME,
                "Сикора М.С.",
                "20% обучающихся 8-9 классов, планирующих сдачу экзамена по физике, химии, биологии, "
                        + "представили исследовательскую работу по соответствующему направлению");
    }

    public static ActivityPlan methodicalDayActivity() {
        return new ActivityPlan(2,
                "Муниципальный методический день Центров образования «Точка роста» (педагоги)",
                LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30),
                IMC_YAYA_NAME,
                "Руководители Центров образования «Точка роста»",
                "100 % педагогов Центров образования «Точка роста» приняли участие. "
                        + "Не менее 30% педагогов внедряют опыт коллег");
    }

    public static ActivityPlan efficiencyIndicatorsActivity() {
        return new ActivityPlan(3,
                "Разработка показателей оценки эффективности сетевого взаимодействия",
                LocalDate.of(2023, 1, 9), LocalDate.of(2023, 2, 28),
                IMC_YAYA_NAME,
                "Руководитель проекта",
                "Разработаны и утверждены показатели оценки сетевого взаимодействия");
    }

    /**
     * The methodical day as the roadmap words it, «Апрель 2023, 2024 г»: a series of two sessions,
     * one each April; the first plan entered it as a one-off in April 2023.
     */
    public static ActivityPlan methodicalDaySeries() {
        ActivityPlan once = methodicalDayActivity();
        return new ActivityPlan(once.taskNumber(), once.title(), once.startDate(), LocalDate.of(2024, 4, 30),
                once.responsible(), once.participants(), once.expectedResult(), "Апрель 2023, 2024 г", 2);
    }

    /** The first session of the methodical day; seed 004 plans it for April, the presenter is the project's coordinator (illustrative). */
    public static HeldEvent methodicalDayHeld2023(String activityId) {
        return new HeldEvent(null, "Муниципальный методический день Центров образования «Точка роста»",
                EventLevel.MUNICIPAL, "очно", null,
                "Педагоги Центров образования «Точка роста» представили опыт работы", activityId, "2023-04",
                List.of(new Presenter("Сикора Мария Сергеевна", "методист", IMC_YAYA_NAME)),
                IMC_YAYA_NAME, "Методическое сопровождение Центров образования «Точка роста»",
                List.of(Audience.TEACHERS, Audience.HEADS_OF_SCHOOLS));
    }

    /** Seed 004's roadmap and seed 000's row 4: the Miro training of the deputy heads, in January–February 2023. */
    public static ActivityPlan miroTrainingActivity() {
        return new ActivityPlan(2, "Обучение заместителей руководителей по УВР работе на интерактивной платформе Miro",
                LocalDate.of(2023, 1, 9), LocalDate.of(2023, 2, 28), IMC_YAYA_NAME + ", Центры образования «Точка роста»",
                "Методисты, педагоги и обучающиеся",
                "100 % заместителей руководителей по УВР обучены работе на интерактивной платформе Miro");
    }

    /** Seed 000's «Проведение обучающего семинара»: only its month and what it achieved are written. */
    public static HeldEvent miroSeminarHeld(String activityId) {
        return new HeldEvent(null, "Обучающий семинар по работе на интерактивной платформе Miro", null, "семинар",
                null, "100 % заместителей руководителей по УВР обучены работе на интерактивной платформе Miro",
                activityId, "2023-02", List.of(), IMC_YAYA_NAME, null, List.of(Audience.DEPUTY_HEADS));
    }

    /** Seed 000's row 6, as the plan has it: no deadline, «в течение года». */
    public static ActivityPlan networkEventsActivity() {
        return new ActivityPlan(2, "Организация и проведение сетевых образовательных событий", null, null, null,
                "Центры образования «Точка роста»",
                "Организованы и проведены сетевые образовательные события для педагогов и обучающихся",
                "В течение года", null);
    }

    /** Seed 000's interregional rally, one of the network's events; the report names no day, the month is illustrative. */
    public static HeldEvent interregionalRallyHeld(String activityId) {
        return new HeldEvent(null, "Межрегиональный слет обучающихся и педагогов Центров образования «Точка роста»",
                EventLevel.INTERREGIONAL, "очно", null,
                "Программа слета, маршрутные листы участия, локальные акты по осуществлению подвоза", activityId, "2023-05",
                List.of(), IMC_YAYA_NAME, "Сетевое взаимодействие Центров образования «Точка роста»",
                List.of(Audience.STUDENTS, Audience.TEACHERS));
    }

    /** Seed 000's deviation: too many network events to bring everyone to, and the two management actions taken. */
    public static Deviation transportDeviation() {
        return new Deviation("Проблема подвоза участников из-за большого количества сетевых мероприятий; "
                + "дистанционный формат участия не позволял эффективно решить проблему",
                List.of(new ManagementAction("Центры образования «Точка роста» объединены в сетевые образовательные "
                                + "сообщества", null),
                        new ManagementAction("Утвержден график сетевых мероприятий на 2023-2024", null)));
    }

    public static IndicatorDefinition ogeAverageScorePhysics() {
        return ogeAverageScore("физике", "14.8", "17.8");
    }

    public static IndicatorDefinition ogeAverageScoreChemistry() {
        return ogeAverageScore("химии", "19.3", "23.3");
    }

    public static IndicatorDefinition ogeAverageScoreBiology() {
        return ogeAverageScore("биологии", "21.9", "25.9");
    }

    private static IndicatorDefinition ogeAverageScore(String subject, String baseline, String target) {
        return new IndicatorDefinition("Средний балл ОГЭ по " + subject, "балл",
                new BigDecimal(baseline), new BigDecimal(target),
                "Сравнительный анализ результатов ОГЭ по химии, биологии и физике (аналитическая справка)",
                "Август 2023 г., август 2024 г.",
                "Управление образования; методисты МБУ ИМЦ УО Яйского округа");
    }

    /**
     * The diagnostics of teachers' professional competencies at the ЦНППМ (seed 000, lines ~116–128):
     * one indicator of five areas; the December 2022 diagnostics, before the project's period, are
     * each area's baseline, written as the report writes them; the seed gives no targets.
     */
    public static IndicatorDefinition competencyDiagnostics() {
        return new IndicatorDefinition("Диагностика профессиональных компетенций педагогов ЦО «Точка роста»", "балл",
                null, null, "Диагностика профессиональных компетенций на базе ЦНППМ",
                "Декабрь 2022 г., повторно декабрь 2023 г.", "МБУ ИМЦ УО Яйского округа",
                List.of(new IndicatorComponent("Предметная", new BigDecimal("7.75"), null),
                        new IndicatorComponent("Методическая", new BigDecimal("6.65"), null),
                        new IndicatorComponent("Психолого-педагогическая", new BigDecimal("7.55"), null),
                        new IndicatorComponent("Коммуникативная", new BigDecimal("7.25"), null),
                        new IndicatorComponent("Цифровая", new BigDecimal("6.5"), null)));
    }

    /** The interim report's period of the Yaya project: the school year 2022–2023 clipped to the project. */
    public static final Period YAYA_INTERIM_PERIOD = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31));

    /**
     * Seed 000, line ~134: from March to June, 5 district events for teachers (85 participants) and
     * 8 for students (116 participants) at the Centres «Точка роста».
     */
    public static ParticipantsByCategory yayaParticipantsMarchToJune2023() {
        return new ParticipantsByCategory(new Period(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30)),
                List.of(new CategoryCount(ParticipantCategory.TEACHERS, null, 85),
                        new CategoryCount(ParticipantCategory.STUDENTS, null, 116)),
                "5 районных мероприятий для педагогов округа и 8 для обучающихся на базе ЦО «Точка роста»");
    }

    /** Seed 000, section 1.1: the eight schools of the network besides the IMC, over the interim report's period. */
    public static OrganizationParticipation yayaNetworkSchools() {
        return new OrganizationParticipation(
                "Общеобразовательные организации Яйского округа с Центрами образования «Точка роста»",
                "Участники сетевого взаимодействия Центров образования «Точка роста»", 8,
                "администрация и педагоги Центров образования «Точка роста»", YAYA_INTERIM_PERIOD);
    }

    /** Seed 004, «Команда проекта» (line ~186): the leader and the two coordinators with their functions. */
    public static List<TeamMemberProfile> yayaProjectTeam() {
        return List.of(
                new TeamMemberProfile("Тихомирова Светлана Анатольевна", "директор", IMC_YAYA_NAME, "Руководитель",
                        "принимает управленческие решения об изменении событийного календаря проекта; утверждает "
                                + "показатели оценки сетевого взаимодействия; выявляет причины неэффективности сетевого "
                                + "взаимодействия; проводит промежуточный и итоговый анализ результатов сетевого "
                                + "взаимодействия", null, null, null),
                new TeamMemberProfile("Сикора Мария Сергеевна", null, IMC_YAYA_NAME, "Координатор",
                        "осуществляет сбор и анализ данных ресурсных возможностей Центров образования «Точка роста»; "
                                + "координирует работу педагогов на интерактивной платформе Miro; оказывает "
                                + "организационно-методическую поддержку педагогов", null, null, null),
                new TeamMemberProfile("Калинченко Виктория Сергеевна", null, IMC_YAYA_NAME, "Координатор",
                        "осуществляет сбор и анализ базы данных обучающихся 8-9 классов; координирует транспортную "
                                + "логистику; проводит анализ результатов ОГЭ", null, null, null));
    }

    /** Seed 002, «Данные о педагогических работниках» (line ~186): a teacher with her category and experience. */
    public static TeamMemberProfile abdulkhakovaTeacher() {
        return new TeamMemberProfile("Абдулхакова Елена Ивановна", "Заместитель директора по УВР", "МБОУ «ООШ № 12»",
                null, null, "высшая", "В течение 2019-2022 года педагоги принимали участие в областных постоянно "
                        + "действующих семинарах КРИПКиПРО и презентовали опыт своей деятельности в виде мастер-классов, "
                        + "выступлений, фото-отчетов и видео презентаций.", null);
    }

    /** Seed 000, line ~105: the municipal base of the Centres' resources, by section. */
    public static List<ProjectResource> yayaResourceBase() {
        String base = "Муниципальная база ресурсов Центров образования «Точка роста»: ";
        return List.of(
                new ProjectResource(ResourceKind.STAFF, "Кадровое обеспечение", base + "кадровое обеспечение", null),
                new ProjectResource(ResourceKind.MATERIAL_TECHNICAL, "Техническое обеспечение",
                        base + "техническое обеспечение", null),
                new ProjectResource(ResourceKind.METHODICAL, "Научно-методическое обеспечение",
                        base + "научно-методическое обеспечение", null),
                new ProjectResource(ResourceKind.INFORMATIONAL, "Реестр программ",
                        base + "реестр программ внеурочной деятельности и дополнительного образования; данные "
                                + "сформированы в онлайн таблице и доступны всем руководителям ЦО «Точка роста»", null));
    }

    /** Seed 002, «Ресурсное обеспечение работы» (lines ~227–235). */
    public static List<ProjectResource> supportSiteResources() {
        return List.of(
                new ProjectResource(ResourceKind.STAFF, "Кадровые ресурсы", "В образовательных организациях работают "
                        + "педагоги, имеющие высшее или средне - профессиональное педагогическое образование. Они "
                        + "систематически проходят курсы повышения квалификации.", null),
                new ProjectResource(ResourceKind.MATERIAL_TECHNICAL, "Материально-технические ресурсы",
                        "В центрах «Точка роста» оборудованы кабинеты, имеется необходимые ресурсы для реализации "
                                + "программы.", null));
    }

    /** Seed 004, «Риски» (line ~182): the two risks and how they are to be overcome. */
    public static ProjectRisk transportRisk() {
        return new ProjectRisk("Проблема доставки обучающихся при очном проведении сетевых мероприятий",
                "Транспортная логистика согласно расписанию; использование дистанционных образовательных технологий");
    }

    public static ProjectRisk coordinationRisk() {
        return new ProjectRisk("Недостаточно хорошо распределяются функциональные обязанности субъектов интеграции "
                + "и координируется работа", "Отслеживание активности Центров образования «Точка роста» в сетевом "
                + "взаимодействии на интерактивной платформе; контроль выполнения событийного календаря проекта "
                + "директором ИМЦ");
    }

    /**
     * Seed 000, line ~145, and its deviation: the transport risk occurred in 2022–2023; the remote
     * format did not solve it, the Centres were grouped into network communities with a schedule.
     */
    public static RiskMonitoring transportRiskIn2022_2023() {
        return new RiskMonitoring(YAYA_INTERIM_PERIOD, RiskState.OCCURRED,
                "Возникла проблема в возможности участия (подвоза) участников из-за большого количества мероприятий; "
                        + "дистанционный формат участия не позволил эффективно решить проблему. Центры образования "
                        + "«Точка роста» объединены в сетевые образовательные сообщества; утвержден график сетевых "
                        + "мероприятий на 2023-2024");
    }

    /**
     * The conference of the roadmap, held in March 2023. The seed gives the month only and no
     * participant counts: the day and the counts are illustrative.
     */
    public static HeldEvent conferenceHeld(String activityId) {
        return new HeldEvent(LocalDate.of(2023, 3, 17),
                "VIII муниципальная научно-практическая конференция исследовательских работ обучающихся 5-9 классов",
                EventLevel.MUNICIPAL,
                "очно, на базе Центров образования «Точка роста»",
                new ParticipantCounts(14, 52, 0, 3),
                "Обучающиеся 8-9 классов, планирующие сдачу ОГЭ по физике, химии, биологии, представили "
                        + "исследовательские работы по соответствующему направлению",
                activityId);
    }

    // ---- seed 000: the interim report for 2022–2023 ------------------------------------------

    public static ReportSubmission interimReport2022_2023() {
        return new ReportSubmission(ReportKind.INTERIM,
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                interimReportSections());
    }

    public static ReportSections interimReportSections() {
        return new ReportSections(
                List.of(
                        "МБУ ИМЦ Яйского округа",
                        "МБОУ «Яйская основная общеобразовательная школа №1»",
                        "МБОУ «Яйская средняя общеобразовательная школа №2»",
                        "МБОУ «Яйская основная общеобразовательная школа №3»",
                        "МБОУ «Кайлинская средняя общеобразовательная школа имени Героя Советского Союза В.Д. Жихарева»",
                        "МБОУ «Марьевская основная общеобразовательная школа им. В.Д. Федорова»",
                        "МБОУ «Улановская основная общеобразовательная школа»",
                        "МБОУ «Ишимская основная общеобразовательная школа»",
                        "МБОУ «Новониколаевская основная общеобразовательная школа»"),
                "пгт Яя, ул. Советская, 17; 8(38441)2-13-08; tihomirovasa@yandex.ru; https://imcyaya.kuz-edu.ru/",
                new Person("Тихомирова Светлана Анатольевна", "директор"),
                "Сетевое взаимодействие Центров «Точка роста» как механизм управления развитием кадрового "
                        + "потенциала педагогов",
                "Разработка и внедрение модели сетевого взаимодействия как механизма управления развитием "
                        + "кадрового потенциала педагогов",
                List.of(
                        "аналитико-диагностический (сентябрь 2022 – март 2023)",
                        "организационно-практический этап (апрель 2023 – июнь 2023)"),
                List.of(
                        new ReportActivityRow(
                                "Разработка карты ресурсов и оценка возможностей Центров образования «Точка роста»",
                                "Создание и работа творческой группы; подготовка шаблона карты ресурсов ЦО «Точка роста»; "
                                        + "методическое сопровождение заполнения карт ресурсов ЦО «Точка роста»; "
                                        + "анализ ресурсных возможностей ЦО «Точка роста»",
                                "Создана муниципальная база ресурсов Центров образования «Точка роста»"),
                        new ReportActivityRow(
                                "Создание и презентация проектов ЦО «Точка роста»",
                                "Закрепление специалистов ИМЦ за ЦО «Точка роста»; подготовка и презентация проектов "
                                        + "ЦО «Точка роста»",
                                "100% общеобразовательных учреждений создали и презентовали проекты, реализуемые "
                                        + "в Центре образования «Точка роста»"),
                        new ReportActivityRow(
                                "Разработка модели сетевого взаимодействия Центров образования «Точка роста» "
                                        + "и планирование мероприятий",
                                "Разработка положения о формировании сетевых образовательных сообществ; группировка "
                                        + "в сетевые образовательные сообщества на основе анализа ресурсных возможностей; "
                                        + "утверждение графика проведения сетевых мероприятий; подписание договоров "
                                        + "сетевого взаимодействия",
                                "100% Центров образования «Точка роста» предоставили мероприятия для реализации "
                                        + "сетевого взаимодействия"),
                        new ReportActivityRow(
                                "Обучение заместителей руководителей по УВР работе на интерактивной платформе Miro",
                                "Проведение обучающего семинара",
                                "100 % заместителей руководителей по УВР обучены работе на интерактивной платформе Miro"),
                        new ReportActivityRow(
                                "Разработка показателей оценки эффективности сетевого взаимодействия",
                                "Заседание творческой группы",
                                "Разработаны и утверждены показатели оценки сетевого взаимодействия"),
                        new ReportActivityRow(
                                "Организация и проведение сетевых образовательных событий",
                                "На интерактивной доске MIRO размещены сетевые образовательные события, "
                                        + "прослеживается активность участия",
                                "Организованы и проведены сетевые образовательные события: 5 районных для педагогов; "
                                        + "8 районных для обучающихся; 1 межрегиональный слет для обучающихся и педагогов")),
                "С марта по июнь в округе на базе ЦО «Точка роста» было запланировано и проведено 5 районных "
                        + "мероприятий для педагогов округа (85 участников) и 8 (116 участников) для обучающихся. "
                        + "В декабре 22 педагога (71%) ЦО «Точка роста» прошли диагностику профессиональных "
                        + "компетенций на базе ЦНППМ. Промежуточный мониторинг: 100 % корректное заполнение карты "
                        + "ресурсов, 100 % выполнение событийного календаря сетевого проекта, участие 100% педагогов "
                        + "ЦО «Точка роста» в сетевых мероприятиях. Большое количество сетевых мероприятий затрудняло "
                        + "участие (подвоз), поэтому Центры объединены в сетевые образовательные сообщества.");
    }

    // ---- seeds 000 and 004: dissemination, contests, products of the Yaya project -----------

    /**
     * The master classes for the guests of the II interregional rally «Технологии будущего» (000):
     * the report says «в летний период» and gives no date.
     */
    public static Dissemination rallyMasterClasses() {
        return new Dissemination(DisseminationForm.MASTER_CLASS, OutreachLevel.INTERREGIONAL,
                "Мастер-классы для участников и гостей слёта: выставка роботов «Робофест», «Профориентационный ринг», "
                        + "проектно-методическое домино «Азбука менеджмента ЦО „Точка роста“»",
                "II межрегиональный слёт педагогов «Технологии будущего» (культурно-образовательное турне "
                        + "«5 точек развития»)",
                YAYA_TERRITORY, null, List.of(), null);
    }

    /** The seminar that presented the Centres' projects to their heads (000, September 2023, no day given). */
    public static Dissemination projectsPresentationSeminar() {
        return new Dissemination(DisseminationForm.SEMINAR, OutreachLevel.MUNICIPAL,
                "Презентация проектов, реализуемых в общеобразовательных учреждениях с использованием оборудования "
                        + "ЦО «Точка роста»",
                "Семинар руководителей Центров образования «Точка роста»", IMC_YAYA_NAME, null, List.of(), null);
    }

    /**
     * The training seminar for the deputy heads on the Miro platform (000, roadmap of 004: January–February
     * 2023); the day is illustrative.
     */
    public static Dissemination miroSeminar() {
        return new Dissemination(DisseminationForm.SEMINAR, OutreachLevel.MUNICIPAL,
                "Работа на интерактивной платформе Miro: планирование и фиксация сетевых мероприятий",
                "Обучающий семинар для заместителей руководителей по УВР", IMC_YAYA_NAME,
                LocalDate.of(2023, 2, 15), List.of(), null);
    }

    /**
     * A publication in the newspaper and rubric seed 002 names for its cluster's news («Педагогический
     * поиск», «В ТОЧКУ!»), on its direction «популяризация деятельности кластера», by its coordinator; the
     * issue, page and day are illustrative.
     */
    public static Dissemination pedagogicalSearchPublication() {
        return new Dissemination(DisseminationForm.PUBLICATION, OutreachLevel.MUNICIPAL,
                "Популяризация деятельности муниципального образовательного кластера", null, null,
                LocalDate.of(2023, 5, 12), List.of("Абдулхакова Е.И."),
                new Publication("газета «Педагогический поиск», рубрика «В ТОЧКУ!»", "№ 5 (май 2023)", "3",
                        null, null));
    }

    /** The students' research works at the VIII municipal conference (004, March 2023): no result is given. */
    public static ContestEntry conferenceParticipation() {
        return new ContestEntry(
                "VIII муниципальная научно-практическая конференция исследовательских работ обучающихся 5-9 классов",
                OutreachLevel.MUNICIPAL, ParticipantKind.STUDENT,
                "Обучающиеся 8-9 классов, планирующие сдачу ОГЭ по физике, химии, биологии",
                ContestResult.PARTICIPANT, LocalDate.of(2023, 3, 17));
    }

    /** The municipal base of the Centres' resources (000, appendix 1), the product of the resource map. */
    public static Product resourceBaseProduct(String activityId) {
        return new Product("Муниципальная база ресурсов Центров образования «Точка роста» (кадровое, техническое, "
                + "научно-методическое обеспечение, реестр программ, результаты)", ProductKind.DATABASE, 1,
                activityId, "Приложение 1 к промежуточному отчёту за 2022–2023 учебный год");
    }

    /** The model of the Centres' network (004, products of task 1). */
    public static Product networkModelProduct(String activityId) {
        return new Product("Модель сетевого взаимодействия Центров образования «Точка роста»", ProductKind.MODEL, 1,
                activityId, null);
    }

    /** The base of the students who take the OGE in chemistry, biology, physics (004, products of task 1). */
    public static Product ogeStudentsBaseProduct() {
        return new Product("База обучающихся 8-9 классов, планирующих сдачу ОГЭ по химии, биологии, физике",
                ProductKind.DATABASE, 1, null, null);
    }

    /**
     * The local acts the interim report (000) says were developed for the network communities
     * (appendices 6–8), without number or date: drafts until they are adopted.
     */
    public static NormativeAct networkCommunitiesRegulation() {
        return new NormativeAct(NormativeActKind.REGULATION, null, null,
                "Положение о сетевых образовательных сообществах",
                "Порядок объединения Центров образования «Точка роста» в сетевые образовательные сообщества "
                        + "(Приложение 6)");
    }

    public static NormativeAct networkCommunitiesOrder() {
        return new NormativeAct(NormativeActKind.ORDER, null, null,
                "Приказ об объединении в сетевые образовательные сообщества", "Приложение 7");
    }

    public static NormativeAct networkEventsSchedule() {
        return new NormativeAct(NormativeActKind.PLAN, null, null,
                "График проведения сетевых мероприятий на 2023-2024", "Приложение 8");
    }

    // ---- seed 002: the КРИПКиПРО support site in the Mariinsk district -----------------------

    public static ProjectDetails supportSiteProgram() {
        return new ProjectDetails(
                StatusLevel.INSTITUTE_SUPPORT_SITE,
                "Развитие субъектов педагогического процесса в условиях муниципального образовательного кластера",
                "Использование муниципального образовательного кластера как прорывной механизм, обеспечивающий "
                        + "развитие и саморазвитие субъектов педагогического процесса через организацию "
                        + "сетевого взаимодействия",
                List.of(
                        "Разработать и апробировать модель муниципального образовательного кластера, направленную "
                                + "на развитие и саморазвитие субъектов педагогического процесса",
                        "Обеспечить информационно-методическое сопровождение, способствующее эффективной "
                                + "деятельности центров «Точка роста»",
                        "Совершенствовать и обновить формы организации деятельности Центров с использованием "
                                + "соответствующих современных образовательных технологий",
                        "Обеспечить реализацию мер по непрерывному развитию педагогических кадров, повышению "
                                + "качества образования"),
                "Повышение качества образования в условиях модернизации российского образования",
                new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2024, 5, 31)),
                // The program's stages share their boundary months (ноябрь 2022, январь 2024);
                // stages must not overlap, so each boundary month goes to the later stage.
                List.of(
                        new StagePlan("Организационный",
                                new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 31))),
                        new StagePlan("Организационно-практический",
                                new Period(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 12, 31))),
                        new StagePlan("Аналитический",
                                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31)))),
                new Organization(SCHOOL_12_MARIINSK, "МБОУ «Основная общеобразовательная школа № 12»",
                        "МБОУ «ООШ № 12»", MARIINSK_TERRITORY, null, null),
                List.of(
                        mariinskSchool("school-kalinino-mariinsk", "МБОУ «Калининская ООШ»"),
                        mariinskSchool("school-sulovo-mariinsk", "МБОУ «Суловская СОШ»"),
                        mariinskSchool("school-7-mariinsk", "МБОУ «СОШ №7»")),
                new Person("Карташова З.В.", "директор МБОУ «ООШ № 12»", KARTASHOVA),
                List.of(new Person("Абдулхакова Елена Ивановна", "заместитель директора по УВР МБОУ «ООШ № 12»")),
                new Person("Красношлыкова О.Г.", "научный консультант, доктор педагогических наук, профессор"),
                List.of(),
                List.of(new Partner("КРИПКиПРО, кафедра педагогических технологий",
                        "научное консультирование; семинары кафедры для представления опыта работы")),
                List.of());
    }

    private static ParticipantOrganization mariinskSchool(String id, String name) {
        return new ParticipantOrganization(new Organization(id, name, name, MARIINSK_TERRITORY, null, null), null);
    }
}
