package ru.edu.innovation.seeds;

import ru.edu.innovation.api.common.OutreachLevel;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.dissemination.Dissemination;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.participation.CategoryCount;
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.ParticipantCategory;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.ResourceKind;
import ru.edu.innovation.api.status.StatusOrder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seed 002 whole: the program of joint work of the КРИПКиПРО support site at school 12 of Mariinsk
 * («Программа совместной деятельности опорной площадки КРИПКиПРО»), every table and list of it as the
 * values the commands take. The program is a plan written before the work: it holds no event held,
 * no contest result and no publication, so none is made up here.
 */
public final class Seed002SupportSite {

    /** The program's period, «с сентября 2022 года по май 2024 года». */
    public static final Period PROGRAM_PERIOD = SeedProjects.supportSiteProgram().period();
    /** The key of row 1.6 in {@link #plan()}, the row the program's correction amends. */
    public static final String NORMATIVE_BASE = "plan-1.6";

    private static final String NETWORK = "Участники сетевого взаимодействия";
    private static final String CREATIVE_GROUP = "Творческая группа";
    private static final String TEACHERS = "Педагоги";
    private static final String PROGRAM_TEACHERS = "Педагогические участники программы";
    private static final String PROGRAM_TEACHERS_AND_SUPERVISOR = "Педагоги-участники программы, научный руководитель";
    private static final String SCHOOL_12 = "МБОУ «ООШ № 12»";
    private static final String CENTRE_HEAD = "Руководитель центра «Точка роста»";

    private Seed002SupportSite() {
    }

    /**
     * The program names no order: the number and date of the directorate's order are illustrative,
     * the validity is the program's period.
     */
    public static StatusOrder directorateOrder() {
        return new StatusOrder(StatusLevel.INSTITUTE_SUPPORT_SITE, "1547", LocalDate.of(2022, 8, 30),
                PROGRAM_PERIOD.from(), PROGRAM_PERIOD.to());
    }

    // ---- «План реализации программы» (lines ~237–267) -----------------------------------------

    /** One row of the plan with the key the demo and the journey give it. */
    public record PlannedRow(String key, ActivityPlan plan) {
    }

    /**
     * The plan's rows in the document's order, stage by stage: measure, timing as written (with the
     * month turned into dates where it names one), executor and result.
     */
    public static List<PlannedRow> plan() {
        return List.of(
                row("1.1", "Анализ условий, позволяющих осуществлять деятельность по сетевому взаимодействию",
                        null, month(2022, 9), "Сентябрь 2022", NETWORK,
                        "Анализ кадровых, программных, материально-технических, организационных условий"),
                row("1.2", "Планирование совместной деятельности муниципального образовательного кластера",
                        null, month(2022, 9), "Сентябрь 2022", NETWORK, "План работы"),
                row("1.3", "Планирование работы координационного совета", null, month(2022, 10), "Октябрь 2022",
                        CREATIVE_GROUP, "План работы"),
                row("1.4", "Определение зон ответственности участников сетевого взаимодействия", null,
                        month(2022, 10), "Октябрь 2022", NETWORK, "Распределение обязанностей по областям деятельности"),
                normativeBase(),
                row("1.7", "Стартовая диагностика профессиональной компетентности педагогов", null, month(2022, 9),
                        "Сентябрь 2022", NETWORK,
                        "Определение уровня сформированности профессиональной компетентности педагогов"),
                row("2.1", "Работа постоянно действующего практико–ориентированного семинара", null, null,
                        "Ежеквартально", "Педагоги Центров",
                        "Семинары, мастер-классы, открытые уроки, интенсивы, сетевые педагогические советы и т.д."),
                row("2.2", "Представление опыта работы на сайтах образовательных организаций, педагогических "
                        + "интернет- сообществ", null, null, "В течение всего этапа", PROGRAM_TEACHERS,
                        "Статьи, методические разработки"),
                row("2.3", "Представление опыта работы на семинарах кафедры педагогических технологий КРИПКиПРО",
                        null, null, "В течение года", PROGRAM_TEACHERS, "Распространение положительного опыта"),
                row("2.4", "Проведение мероприятий среди учащихся Центров", LocalDate.of(2022, 9, 1),
                        month(2024, 1), "Сентябрь 2022-январь 2024", "Педагоги",
                        "Участие детей в муниципальных мероприятиях"),
                row("2.5", "Участие в научно-практических конференциях", null, null, "Ежегодно", "Педагоги",
                        "Мотивация детей на занятия проектной и исследовательской деятельностью"),
                row("2.6", "Апробация результативности критериев и показателей деятельности участников сетевого "
                        + "взаимодействия", LocalDate.of(2022, 11, 1), month(2024, 1), "Ноябрь 2022-январь 2024",
                        "Педагоги", "Корректировка критериев и показателей"),
                row("2.7", "Анализ и корректировка программы", null, null, "По мере необходимости",
                        "Координационный проект", "Отчет о реализации программы"),
                row("3.1", "Количество охваченных мероприятиями учащихся", null, month(2024, 5), "Май, 2024.",
                        "Педагоги", "Аналитическая справка"),
                row("3.2", "Разработка методических рекомендаций по организации качественной деятельности "
                        + "муниципального образовательного кластера по развитию и саморазвитию субъектов "
                        + "образовательного процесса", LocalDate.of(2024, 4, 1), month(2024, 5), "Апрель – май 2024",
                        "Педагогические участники программы, научный руководитель", "Методические рекомендации"),
                row("3.3", "Анализ деятельности муниципального образовательного кластера по критериям и показателям "
                        + "деятельности", LocalDate.of(2024, 4, 1), month(2024, 5), "Апрель – май 2024",
                        PROGRAM_TEACHERS_AND_SUPERVISOR,
                        "Разработаны критерии и показатели деятельности муниципального образовательного кластера"),
                row("3.4", "Отчет на координационном совете КРИПКиПРО об итогах реализации образовательной "
                        + "инициативы", null, null, "По плану КРИПКиПРО", PROGRAM_TEACHERS_AND_SUPERVISOR,
                        "Итоговый отчет"));
    }

    /**
     * Row 1.6 as the document prints it: «Сентябрь – октябрь 2016», a year before the program, so no
     * dates are set from it; {@link #normativeBaseCorrection()} puts it into the organizational stage.
     */
    private static PlannedRow normativeBase() {
        return row("1.6", "Разработка нормативной базы: - модель сетевого взаимодействия - программы сетевого "
                + "взаимодействия. - положение о координационном совете; - заключение договоров о сетевом "
                + "взаимодействии", null, null, "Сентябрь – октябрь 2016", CREATIVE_GROUP,
                "Нормативно-правовые документы");
    }

    /**
     * The program's correction (row 2.7, «Анализ и корректировка программы»): the only correction the
     * document itself calls for is row 1.6, whose year contradicts the organizational stage
     * («сентябрь – ноябрь 2022») it stands in; the amendment gives it that stage's months. The
     * document dates no correction: the day is the program's first, when it was agreed.
     */
    public static ActivityAmendment normativeBaseCorrection() {
        ActivityPlan printed = normativeBase().plan();
        return new ActivityAmendment(new ActivityPlan(printed.taskNumber(), printed.title(), LocalDate.of(2022, 9, 1),
                month(2022, 10), printed.responsible(), printed.participants(), printed.expectedResult(),
                "Сентябрь – октябрь 2022", null),
                "Корректировка программы: срок «Сентябрь – октябрь 2016» противоречит сроку организационного этапа "
                        + "(сентябрь – ноябрь 2022)", PROGRAM_PERIOD.from());
    }

    private static PlannedRow row(String number, String title, LocalDate start, LocalDate deadline, String timing,
                                  String executor, String result) {
        return new PlannedRow("plan-" + number, new ActivityPlan(null, title, start, deadline, executor, null, result,
                timing, null));
    }

    private static LocalDate month(int year, int month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    // ---- «Исполнители программы» (lines ~165–194) ---------------------------------------------

    /** «Данные о руководителях центров «Точка роста»»: name, school, category where given, experience. */
    public static List<TeamMemberProfile> centreHeads() {
        return List.of(
                head("Абдулхакова Елена Ивановна", SCHOOL_12, "Соответствуют занимаемой должности",
                        "имеет опыт опорной площадки по теме «Развитие субъектов педагогического процесса в условиях "
                                + "муниципального образовательного кластера»"),
                head("Игуменова Юлия Геннадьевна", "МБОУ «Калининская ООШ»", null, "нет"),
                head("Уркина Светлана Васильевна", "МБОУ «2 Пристанская ООШ»", null, "нет"),
                head("Тишина Валентина Викторовна", "МБОУ «Суловская «СОШ»", null, "нет"),
                head("Суменкова Светлана Валерьевна", "МБОУ «Первомайская ООШ»", null, "нет"),
                head("Анисимова Людмила Алексеевна", "МБОУ «ООШ № 3»", null, "нет"),
                head("Козлова Ольга Анатольевна", "МБОУ «Тюменевская ООШ»", null, "нет"),
                head("Печеницына Светлана Михайловна", "МБОУ «Малопесчанская ООШ»", null, "нет"),
                head("Дмитриева Наталья Владимировна", "МБОУ «СОШ №7»", null, "нет"));
    }

    /**
     * «Данные о педагогических работниках»: position and category of each; the experience the table
     * gives once, in its first row, stays with that row.
     */
    public static List<TeamMemberProfile> teachers() {
        return List.of(
                SeedProjects.abdulkhakovaTeacher(),
                teacher("Шлык Татьяна Николаевна", "Заместитель директора по ВР", "высшая"),
                teacher("Левинская Татьяна Владимировна", "учитель", "высшая"),
                teacher("Кузнецова Елена Владимировна", "учитель", "высшая"),
                teacher("Шатова Валентина Ивановна", "учитель", "высшая"),
                teacher("Шергина Светлана Алексеевна", "учитель", "высшая"),
                teacher("Денисова Оксана Владимировна", "учитель", "высшая"),
                teacher("Бычкова Маргарита Юрьевна", "учитель", "первая"));
    }

    /** The heads of the centres, then the teachers, as the program lists its executors. */
    public static List<TeamMemberProfile> team() {
        return Stream.concat(centreHeads().stream(), teachers().stream()).toList();
    }

    private static TeamMemberProfile head(String name, String school, String category, String experience) {
        return new TeamMemberProfile(name, null, school, CENTRE_HEAD, null, category, experience, null);
    }

    private static TeamMemberProfile teacher(String name, String position, String category) {
        return new TeamMemberProfile(name, position, null, null, null, category, null, null);
    }

    // ---- «Ресурсное обеспечение работы» (lines ~227–235) --------------------------------------

    public static List<ProjectResource> resources() {
        return List.of(
                new ProjectResource(ResourceKind.STAFF, "Кадровые ресурсы", "В образовательных организациях работают "
                        + "педагоги, имеющие высшее или средне - профессиональное педагогическое образование. Они "
                        + "систематически проходят курсы повышения квалификации. При сотрудничестве с КРИПКиПРО "
                        + "педагогические работники учувствуют в семинарах, конференциях, мастер-классах и т.д. Педагоги "
                        + "неоднократно распространяли положительный опыт работы в рамках межведомственного "
                        + "взаимодействия на областных семинарах и городских методических объединениях.", null),
                new ProjectResource(ResourceKind.MATERIAL_TECHNICAL, "Материально-технические ресурсы",
                        "В центрах «Точка роста» оборудованы кабинеты, имеется необходимые ресурсы для реализации "
                                + "программы.", null));
    }

    // ---- participants («Содержание деятельности», lines ~59 and ~116) --------------------------

    /** The nine schools of the cluster, named by the heads' table. */
    public static OrganizationParticipation clusterSchools() {
        return new OrganizationParticipation(String.join(", ", centreHeads().stream()
                .map(TeamMemberProfile::organization).toList()),
                "Участники муниципального образовательного кластера: центры образования «Точка роста», связанные "
                        + "договорами о сетевом взаимодействии на безвозмездной основе", 9,
                "В муниципальной системе образования в Мариинского МО из 18 ОО, центры образования «Точка "
                        + "роста» функционируют в 9 школах, при этом в 1 ОО они имеют цифровой и гуманитарный профили, "
                        + "в 8 - естественнонаучный и технологический", PROGRAM_PERIOD);
    }

    /** «общим охватом более 2000 детей»: the count is the document's lower bound, the comment says so. */
    public static ParticipantsByCategory clusterStudents() {
        return new ParticipantsByCategory(PROGRAM_PERIOD,
                List.of(new CategoryCount(ParticipantCategory.STUDENTS, null, 2000)),
                "В муниципальном образовательном кластере 9 образовательных организаций округа с общим охватом "
                        + "более 2000 детей");
    }

    // ---- local acts (lines ~122 and ~209) ------------------------------------------------------

    /** The contracts already concluded and the regulations the program is to produce: no number or date given. */
    public static List<NormativeAct> normativeActs() {
        return List.of(
                new NormativeAct(NormativeActKind.CONTRACT, null, null,
                        "Договоры о сетевом взаимодействии с центрами «Точка роста»", "На безвозмездной основе"),
                new NormativeAct(NormativeActKind.REGULATION, null, null, "Положение о сетевом взаимодействии",
                        "Модель муниципального образовательного кластера (задача 1)"),
                new NormativeAct(NormativeActKind.REGULATION, null, null, "Положение о координационном совете",
                        "Работа координационного совета (задача 1)"),
                new NormativeAct(NormativeActKind.PLAN, null, null,
                        "План мероприятий совместной деятельности по сетевому взаимодействию Центров",
                        "Модель муниципального образовательного кластера (задача 1)"));
    }

    // ---- «Ожидаемые результаты» (lines ~206–214) -----------------------------------------------

    /** The results the program expects, by task; the acts of task 1 are in {@link #normativeActs()}. */
    public static List<Product> expectedProducts() {
        return List.of(
                new Product("Модель сетевого взаимодействия", ProductKind.MODEL, 1, null, null),
                new Product("Страничка на сайте для размещения актуальной информации по итогам сетевого "
                        + "взаимодействия", ProductKind.OTHER, 2, null, null),
                new Product("Банк методических разработок", ProductKind.COLLECTION, 2, null, null),
                new Product("Методические рекомендации по использованию цифрового оборудования на уроках",
                        ProductKind.METHODICAL_RECOMMENDATIONS, 3, null, null),
                new Product("Электронный сборник мастер-классов", ProductKind.COLLECTION, 3, null, null),
                new Product("Критерии и показатели эффективности деятельности педагогов",
                        ProductKind.METHODICAL_MATERIALS, 4, null, null));
    }

    // ---- «Критерии и показатели деятельности» and «Форма предоставления результатов» -----------

    /**
     * The seven criteria (lines ~217–225) and the criteria of the form of results (lines ~269–279)
     * the first list does not already hold; the program gives no unit, baseline or target for any.
     */
    public static List<IndicatorDefinition> indicators() {
        Stream<IndicatorDefinition> criteria = Stream.of(
                        "Мониторинг проведения педагогами открытых уроков, мастер-классов",
                        "Диагностика профессиональной компетентности педагогов",
                        "Количество охваченных детей мероприятиями",
                        "Повышение качества образования",
                        "Количество педагогов, активно принимающих участие в распространении положительного опыта "
                                + "работы в рамках сетевого взаимодействия",
                        "Методические разработки мастер-классов",
                        "Методические материалы по повышению профессиональной компетентности педагогов")
                .map(name -> indicator(name, null));
        return Stream.concat(criteria, formOfResults().stream()).toList();
    }

    /** The form of results, with who is measured where the document says it (rows 3 and 5 repeat each other). */
    public static List<IndicatorDefinition> formOfResults() {
        return List.of(
                indicator("Уровень повышения качества образования по учебным предметам естественно- научной и "
                        + "технологической направленности", "Учащиеся 1-9 классов"),
                indicator("Количество проведенных мероприятий за год и охват учащихся данными мероприятиями", null),
                indicator("Уровень повышения участия детей в олимпиадах, научно-практических конференциях", null),
                indicator("Количество педагогов принявших участие в представлении опыта работы(выступления, "
                        + "мастер-классы, открытые уроки и тд.)", "Педагоги"),
                indicator("Количество публикаций педагогов в СМИ, в том числе периодичность размещения информации на "
                        + "страничке сайта и в газете «Педагогический поиск» в рубрике « В ТОЧКУ!»", null),
                indicator("Уровень сформированности профессиональной компетентности педагогов", null),
                indicator("Анализ работы за год", null));
    }

    private static IndicatorDefinition indicator(String name, String participants) {
        return new IndicatorDefinition(name, null, null, null, participants == null ? null : "Участники: " + participants,
                null, null);
    }

    // ---- dissemination the program reports of the years before it (line ~187, ~231) ------------

    /**
     * «В течение 2019-2022 года педагоги принимали участие в областных постоянно действующих семинарах
     * КРИПКиПРО и презентовали опыт своей деятельности в виде мастер-классов …»: no date is given.
     */
    public static Dissemination kripkiproSeminars() {
        return new Dissemination(DisseminationForm.MASTER_CLASS, OutreachLevel.REGIONAL,
                "Опыт деятельности в виде мастер-классов, выступлений, фото-отчетов и видео презентаций",
                "Областные постоянно действующие семинары КРИПКиПРО (2019-2022)", "КРИПКиПРО", null, List.of(), null);
    }
}
