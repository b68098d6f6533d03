package ru.edu.innovation.seeds;

import ru.edu.innovation.api.indicator.IndicatorComponent;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.api.risk.ProjectRisk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static ru.edu.innovation.seeds.SeedProjects.IMC_YAYA_NAME;

/**
 * Seed 004 whole: the network project of the Yaya district as its application and program write it.
 * The application with its participants, stages, team and risks is {@link SeedProjects#yayaNetworkProject()};
 * here are the rest of its tables, value for value: the participants' sub-projects, the roadmap by
 * task and stage, the indicators, the products of the planned results, the team with positions, the
 * risks and the resources. The document names no leader, period or plan entries of a sub-project,
 * no contests and no local acts; none are made up here.
 */
public final class Seed004NetworkProject {

    private static final String CENTRES = "Центры образования «Точка роста»";
    private static final String IMC_AND_CENTRES = IMC_YAYA_NAME + ", " + CENTRES;
    private static final String METHODISTS = "Методисты курирующие химию, физику, биологию";
    private static final String LEADER = "Руководитель проекта";
    private static final String ALL_PARTICIPANTS = "Методисты, педагоги и обучающиеся, родители";

    private Seed004NetworkProject() {
    }

    /** The application: theme, goal, tasks, period, stages, participants with their sub-projects, leader, team, risks. */
    public static ProjectDetails application() {
        return SeedProjects.yayaNetworkProject();
    }

    /** «Участники проекта»: each school's own project, by the school; the IMC keeps the network's platform. */
    public static List<SubProject> subProjects() {
        return SeedProjects.yayaParticipants().stream()
                .map(participant -> new SubProject(participant.organization().id(), participant.subProjectTitle(),
                        null, null))
                .toList();
    }

    /**
     * «Дорожная карта»: every activity by task (1–3) and stage, in the document's order. The timing is
     * the document's «Сроки реализации» as written; the dates are the months it names.
     */
    public static List<ActivityPlan> roadmap() {
        return List.of(
                // Task 1, preparatory stage
                activity(1, "Разработка карты ресурсов и оценка возможностей Центров образования «Точка роста»",
                        "Январь-февраль 2023", month(2023, 1), month(2023, 2), IMC_YAYA_NAME, METHODISTS,
                        "Создана муниципальная база ресурсов Центров образования «Точка роста»"),
                activity(1, "Разработка модели сетевого взаимодействия Центров образования «Точка роста» для "
                                + "обучающихся 8-9 классов и планирование мероприятий",
                        "Январь-февраль 2023", month(2023, 1), month(2023, 2), IMC_YAYA_NAME, METHODISTS,
                        "100% Центров образования «Точка роста» предоставили мероприятия для реализации сетевого "
                                + "взаимодействия"),
                activity(1, "Формирование базы данных обучающихся 8-9 классов, планирующих сдавать ОГЭ по химии, "
                                + "биологии, физике",
                        "Январь-февраль 2023", month(2023, 1), month(2023, 2), IMC_YAYA_NAME, METHODISTS,
                        "Сформированы основные группы обучающихся по результатам промежуточной аттестации"),
                // Task 1, implementation stage
                activity(1, "Координация функционирования модели сетевого взаимодействия",
                        "март 2023 – май 2024г", month(2023, 3), month(2024, 5), IMC_YAYA_NAME, METHODISTS,
                        "100% выполнение событийного календаря сетевого проекта"),
                activity(1, "Обновление карт ресурсов Центров образования «Точка роста»",
                        "октябрь 2023", month(2023, 10), month(2023, 10), IMC_YAYA_NAME, METHODISTS,
                        "100% Центров образования «Точка Роста» представили актуальные данные ресурсов"),
                activity(1, "Обновление базы данных обучающихся 8-9 классов, планирующих сдавать ОГЭ по химии, "
                                + "биологии, физике",
                        "март 2023 – ноябрь 2023г", month(2023, 3), month(2023, 11), IMC_YAYA_NAME, METHODISTS,
                        "Уточненные списки обучающихся, сдающих физику, химию, биологию в 2023г. Список "
                                + "обучающихся, планирующих сдавать физику, химию, биологию в 2024г."),
                // Task 1, final stage
                activity(1, "Анализ внедрения модели сетевого взаимодействия с выявлением проблемных зон его "
                                + "организации",
                        "Июнь 2024г", month(2024, 6), month(2024, 6), IMC_YAYA_NAME, LEADER,
                        "Выявлены проблемные зоны в организации сетевого взаимодействия"),
                activity(1, "Подготовка адресных рекомендаций для руководителей ОУ по улучшению организации "
                                + "сетевого взаимодействия",
                        "Июнь 2024г.", month(2024, 6), month(2024, 6), IMC_YAYA_NAME, LEADER,
                        "Разработаны адресные рекомендации для всех ОУ, участвующих в сетевом взаимодействии"),
                activity(1, "Анализ базы данных обучающихся 8-9 классов с позиции планирования и выбора учебных "
                                + "предметов для сдачи ОГЭ",
                        "Июнь 2024г.", month(2024, 6), month(2024, 6), IMC_YAYA_NAME, METHODISTS,
                        "Аналитическая справка базы данных обучающихся 8-9 классов с позиции планирования и "
                                + "выбора учебных предметов для сдачи ОГЭ"),
                // Task 2, preparatory stage
                activity(2, "Методическое сопровождение заполнения карт ресурсов Центров образования «Точка роста»",
                        "Январь-февраль 2023", month(2023, 1), month(2023, 2), IMC_AND_CENTRES,
                        "Методисты, педагоги и обучающиеся",
                        "100% Центров образования «Точка роста» корректно заполнили карту ресурсов"),
                activity(2, "Обучение заместителей руководителей по УВР работе на интерактивной платформе Miro",
                        "Январь-февраль 2023", month(2023, 1), month(2023, 2), IMC_AND_CENTRES,
                        "Методисты, педагоги и обучающиеся",
                        "100 % заместителей руководителей по УВР обучены работе на интерактивной платформе Miro"),
                // Task 2, implementation stage
                activity(2, "Учебная и внеурочная деятельность в рамках договоров сетевого взаимодействия с "
                                + "выдачей сертификатов участникам",
                        "март 2023 – май 2024г", month(2023, 3), month(2024, 5), IMC_AND_CENTRES, ALL_PARTICIPANTS,
                        "100% групп обучающихся 8-9 классов, сформированных по результатам промежуточной "
                                + "аттестации, проведены занятия"),
                activity(2, "Создание учебного контента для подготовки к ОГЭ по химии, биологии, физике.",
                        "март 2023 – май 2024г", month(2023, 3), month(2024, 5), IMC_AND_CENTRES,
                        "Руководители Центров образования «Точка роста»",
                        "Создана электронная база учебных занятий по подготовке к ОГЭ по физике, химии, биологии. "
                                + "Каждым Центром образования «Точка роста» предоставлено не менее 10 материалов"),
                activity(2, "VIII муниципальная научно-практическая конференция исследовательских работ "
                                + "обучающихся 5-9 классов",
                        "Март 2023г", month(2023, 3), month(2023, 3), IMC_YAYA_NAME, "Сикора М.С.",
                        "20% обучающихся 8-9 классов, планирующих сдачу экзамена по физике, химии, биологии "
                                + "представили исследовательскую работу по соответствующему направлению"),
                // «Апрель 2023, 2024 г»: one session each April.
                new ActivityPlan(2, "Муниципальный методический день Центров образования «Точка роста» (педагоги)",
                        month(2023, 4), end(2024, 4), IMC_YAYA_NAME, "Руководители Центров образования «Точка роста»",
                        "100 % педагогов Центров образования «Точка роста» приняли участие. Не менее 30% педагогов "
                                + "внедряют опыт коллег", "Апрель 2023, 2024 г", 2),
                // Task 2, final stage (the document words the task here «организационно-методическое сопровождение»)
                activity(2, "Форум Центров образования «Точка роста» (для всех участников образовательных "
                                + "отношений)",
                        "Июнь 2024г", month(2024, 6), month(2024, 6), IMC_AND_CENTRES, ALL_PARTICIPANTS,
                        "Заполнены карты ресурсов Центров образования «Точка роста»"),
                activity(2, "Презентация проекта сетевого взаимодействия в рамках августовской конференции",
                        "Август 2024г", month(2024, 8), month(2024, 8), IMC_AND_CENTRES, ALL_PARTICIPANTS,
                        "Презентация сетевого проекта"),
                // Task 3, preparatory stage
                activity(3, "Разработка показателей оценки эффективности сетевого взаимодействия",
                        "Январь-февраль 2023", month(2023, 1), month(2023, 2), IMC_YAYA_NAME, LEADER,
                        "Разработаны и утверждены показатели оценки сетевого взаимодействия"),
                // Task 3, implementation stage
                activity(3, "Проведение промежуточного анализа эффективности сетевого взаимодействия",
                        "Август 2023г.", month(2023, 8), month(2023, 8), IMC_YAYA_NAME, LEADER,
                        "Выявлены причины не эффективности сетевого взаимодействия и внесены корректировки"),
                activity(3, "Сравнительный анализ результатов ОГЭ 2022 и 2023г. По химии, биологии и физике",
                        "Август 2023г.", month(2023, 8), month(2023, 8), "Управление образования",
                        "Методисты, специалист управления образования", "Аналитическая справка"),
                // Task 3, final stage
                activity(3, "Анализ эффективности сетевого взаимодействия на повышение среднего балла ОГЭ по "
                                + "химии, биологии, физике",
                        "Август 2024г.", month(2024, 8), month(2024, 8), IMC_YAYA_NAME, LEADER,
                        "Аналитическая справка эффективности сетевого взаимодействия"));
    }

    /**
     * The key problem's table and the goal: the average OGE score by subject, 2022 against the target
     * of 2024; and the planned results in figures, each a share of 100 %.
     */
    public static List<IndicatorDefinition> indicators() {
        return List.of(
                SeedProjects.ogeAverageScorePhysics(),
                SeedProjects.ogeAverageScoreChemistry(),
                SeedProjects.ogeAverageScoreBiology(),
                share("Образовательные учреждения, имеющие Центры образования «Точка роста», включенные в "
                        + "реализацию модели сетевого взаимодействия"),
                share("Обучающиеся 8-9 кл, планирующие сдачу ОГЭ по химии, физике, биологии, включенные в "
                        + "мероприятия сетевого взаимодействия"),
                share("Охват обучающихся 8-9 классов по подготовке к сдаче ОГЭ по химии, биологии, физике, в "
                        + "рамках сетевого взаимодействия"),
                share("Охват педагогов Центров образования «Точка роста» деятельностью в сетевых мероприятиях"));
    }

    /**
     * «Ключевая проблема проекта»: the OGE of 2022 by subject against Kuzbass — average score, average
     * mark, quality of learning — one indicator a subject, each column a component with its 2022 value
     * as the baseline (the document gives them no unit and no target; the goal's targets are the average
     * score indicators above).
     */
    public static List<IndicatorDefinition> keyProblem() {
        return List.of(
                oge2022("физике", "14.8", "22.5", "3.0", "3.5", "0"),
                oge2022("химии", "19.3", "25.6", "3.4", "4.0", "33.3"),
                oge2022("биологии", "21.9", "23.3", "3.3", "3.4", "33.3"));
    }

    /** «Методы сбора информации»: what is monitored, how, when and by whom; no figures are given. */
    public static List<IndicatorDefinition> monitoringMethods() {
        return List.of(
                monitored("План мероприятий Центров образования «Точка роста» для реализации сетевого взаимодействия",
                        "Интерактивная платформа Miro", "Февраль 2023г. Октябрь 2023 г.",
                        "Руководители Центров образования «Точка роста» Методисты, курирующие химию, физику, биологию"),
                monitored("Корректное заполнение карты ресурсов Центров образования «Точка роста»", "Онлайн таблица",
                        "Февраль 2023 г. Октябрь 2023 г.", "Руководители Центров образования «Точка роста»"),
                monitored("Обучение заместителей руководителей по УВР работе на интерактивной платформе Miro",
                        "Наличие документа об обучении", "Январь - февраль 2023г.", "Руководитель проекта"),
                monitored("Выполнение событийного календаря сетевого проекта", "Анализ интерактивной платформы Miro",
                        "Май 2023 Май 2024", "Методисты МБУ ИМЦ УО Яйского округа"),
                monitored("Проведение занятий (мероприятий) для обучающихся 8-9 классов, участвующих в сетевом "
                                + "взаимодействии", "Ведомость посещения занятий (мероприятий)", "Ежемесячно",
                        "Храмцова Надежда Андреевна"),
                monitored("Обучающиеся 8-9 классов, планирующих сдачу экзамена по физике, химии, биологии представили "
                                + "исследовательскую работу по соответствующему направлению",
                        "Анализ заявок на 8 научно-практическую конференцию исследовательских работ",
                        "Март 2023 Март 2024", "Сикора Мария Сергеевна"),
                monitored("Участие педагогов Центров образования «Точка роста» в муниципальном методическом дне",
                        "Анализ заявок на участие в методическом дне", "Апрель 2023 г. Апрель 2024 г.",
                        "Методисты МБУ ИМЦ УО Яйского округа"),
                monitored("Количество педагогов внедряющих эффективный опыт коллег", "Анкета", "Апрель 2024 г.",
                        "Методисты МБУ ИМЦ УО Яйского округа"));
    }

    private static IndicatorDefinition oge2022(String subject, String score, String kuzbassScore, String mark,
                                               String kuzbassMark, String quality) {
        return new IndicatorDefinition("Результаты ОГЭ 2022 по " + subject, null, null, null, null, null, null, List.of(
                new IndicatorComponent("Средний балл", new BigDecimal(score), null),
                new IndicatorComponent("Средний балл по Кузбассу", new BigDecimal(kuzbassScore), null),
                new IndicatorComponent("Ср.отметка", new BigDecimal(mark), null),
                new IndicatorComponent("Ср.отметка по Кузбассу", new BigDecimal(kuzbassMark), null),
                new IndicatorComponent("Качество обучения", new BigDecimal(quality), null)));
    }

    private static IndicatorDefinition monitored(String name, String method, String schedule, String responsible) {
        return new IndicatorDefinition(name, null, null, null, method, schedule, responsible);
    }

    /** «Планируемые результаты проекта», the column «Продукты», by task. */
    public static List<Product> products() {
        return List.of(
                new Product("Ресурсная карта возможностей", ProductKind.OTHER, 1, null, null),
                new Product("База обучающихся 8-9 классов, планирующих сдачу ОГЭ предметов химии, биологии, физики",
                        ProductKind.DATABASE, 1, null, null),
                new Product("Модель сетевого взаимодействия", ProductKind.MODEL, 1, null, null),
                new Product("Проведение сетевых мероприятий для обучающихся 8-9 классов на основе "
                        + "дифференцированного подхода", ProductKind.OTHER, 2, null, null),
                new Product("Проведение сетевых мероприятий для педагогов с включением их в банк образовательных "
                        + "событий и реализации индивидуальных образовательных маршрутов", ProductKind.OTHER, 2,
                        null, null),
                new Product("Создание банка данных методических материалов для педагогов Яйского МО работе на "
                        + "обновленном оборудовании", ProductKind.DATABASE, 2, null, null),
                new Product("Анализ эффективности внедрения сетевой модели взаимодействия",
                        ProductKind.ANALYTICAL_REPORT, 3, null, null));
    }

    /** «Команда Яйского МО» with «Команда проекта»: position and organization as written, role and functions where given. */
    public static List<TeamMemberProfile> team() {
        return List.of(
                new TeamMemberProfile("Тихомирова Светлана Анатольевна", "директор", IMC_YAYA_NAME, "Руководитель",
                        "принимает управленческие решения об изменении событийного календаря проекта; утверждает "
                                + "показатели оценки сетевого взаимодействия; выявляет причины неэффективности "
                                + "сетевого взаимодействия; проводит промежуточный и итоговый анализ результатов "
                                + "сетевого взаимодействия", null, null, null),
                new TeamMemberProfile("Сикора Мария Сергеевна", "методист", IMC_YAYA_NAME, "Координатор",
                        "осуществляет сбор и анализ данных ресурсных возможностей Центров образования «Точка роста»; "
                                + "координирует работу педагогов на интерактивной платформе Miro; оказывает "
                                + "организационно-методическую поддержку педагогов", null, null, null),
                new TeamMemberProfile("Калинченко Виктория Сергеевна", "учитель истории", "МБОУ «Судженская ООШ №36»",
                        "Координатор", "осуществляет сбор и анализ базы данных обучающихся 8-9 классов; координирует "
                                + "транспортную логистику; проводит анализ результатов ОГЭ", null, null, null),
                new TeamMemberProfile("Храмцова Надежда Андреевна", "учитель иностранного языка",
                        "МБОУ «Ишимская ООШ»", null, null, null, null, null));
    }

    /** «Риски» with «Возможные способы преодоления». */
    public static List<ProjectRisk> risks() {
        return List.of(SeedProjects.transportRisk(), SeedProjects.coordinationRisk());
    }

    /** «Ресурсы» of the relevance section: the schools and their Centres «Точка роста». */
    public static List<ProjectResource> resources() {
        return List.of(new ProjectResource(ResourceKind.ORGANIZATIONAL, "Ресурсы",
                "12 ОУ; 8 ОУ имеют Центры образования «Точка роста» 2022; 11 ОУ имеют Центры образования "
                        + "«Точка роста» 2023", null));
    }

    private static IndicatorDefinition share(String name) {
        return new IndicatorDefinition(name, "%", null, new BigDecimal("100"), null, null, null);
    }

    private static ActivityPlan activity(int task, String title, String timing, LocalDate from, LocalDate toMonth,
                                         String responsible, String participants, String expectedResult) {
        return new ActivityPlan(task, title, from, YearMonth.from(toMonth).atEndOfMonth(), responsible, participants,
                expectedResult, timing, null);
    }

    private static LocalDate month(int year, int month) {
        return LocalDate.of(year, month, 1);
    }

    private static LocalDate end(int year, int month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }
}
