package ru.edu.innovation.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.query.security.Reader;
import ru.edu.innovation.seeds.Seed004NetworkProject;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages' requests one by one, as a logged-in reader: the registry's filters, the difference
 * between two dates, the history's downloads, the error pages, and the login form's own rules
 * (session, CSRF) next to the stateless read API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesWebTest extends ReadSideIntegrationTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private ObjectMapper json;

    private MockMvc mvc;
    private String yaya;
    private String mariinsk;
    private String year;
    private String network;

    @BeforeAll
    void projects() {
        SeedJourneys journeys = new SeedJourneys(this);
        yaya = journeys.yayaWithReportAndStageAtInstitute();
        mariinsk = journeys.mariinskDraft();
        year = journeys.yayaYear();
        network = journeys.yayaNetwork();
        journeys.awaitViewsCaughtUp();
    }

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    @DisplayName("the registry filters by status, level and text, and holds a school to its own projects")
    void registryFilters() throws Exception {
        String active = page("/registry?status=ACTIVE", auditor());
        assertThat(active).contains("/projects/" + yaya).doesNotContain("/projects/" + mariinsk);
        String drafts = page("/registry?status=draft&level=INSTITUTE_SUPPORT_SITE", auditor());
        assertThat(drafts).contains("/projects/" + mariinsk).doesNotContain("/projects/" + yaya)
                .contains("Опорная площадка института");
        String searched = page("/registry?q=кластера", auditor());
        assertThat(searched).contains("/projects/" + mariinsk).doesNotContain("/projects/" + yaya);
        String school = page("/registry", school("tikhomirova", "imc-yaya"));
        assertThat(school).contains("/projects/" + yaya).doesNotContain("/projects/" + mariinsk)
                .contains("Реестр проектов").contains("Найдено проектов")
                .contains("<a href=\"/registry\" aria-current=\"page\">Реестр проектов</a>")
                .contains("<label for=\"q\">Поиск в теме и цели</label>");
    }

    @Test
    @DisplayName("the difference between two dates lists the card's changed fields in Russian")
    void difference() throws Exception {
        String diff = page("/projects/" + yaya + "/audit/diff?from=2000-01-01&to=2100-01-01", auditor());
        assertThat(diff).contains("Что изменилось с 01.01.2000 по 01.01.2100")
                .contains("Тема").contains("Статус").contains("Статус присвоен, проект идёт")
                .contains("Приказ о статусе › Номер приказа").contains("2469")
                .contains("Показатели").contains("— (не было)");
        String none = page("/projects/" + yaya + "/audit/diff?from=2100-01-01&to=2100-01-02", auditor());
        assertThat(none).contains("Между этими датами на карточке проекта ничего не изменилось");
        String backwards = page(400, "/projects/" + yaya + "/audit/diff?from=2100-01-02&to=2100-01-01", auditor());
        assertThat(backwards).contains("позже даты");
    }

    @Test
    @DisplayName("the history downloads: a CSV with its header and a row per stored event, and the audit API's JSON")
    void exports() throws Exception {
        long events = storedVersion(yaya) + 1;
        MvcResult csv = mvc.perform(get("/projects/" + yaya + "/audit/history.csv").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<String> lines = Arrays.asList(text.substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("sequence,occurredAt,type,kind,userId,organizationId,role,processInstanceId,"
                + "taskId,correlationId,causationId,eventId,hash,payload");
        assertThat(lines).hasSize((int) events + 1);
        assertThat(lines.get(1)).startsWith("0,").contains(",ProjectDraftRegisteredEvent,Зарегистрирован черновик проекта,sikora,imc-yaya,SCHOOL,");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",StatusAssignedEvent,Присвоен статус площадки,minobr,"));

        MvcResult history = mvc.perform(get("/projects/" + yaya + "/audit/history.json").with(auditor()))
                .andExpect(status().isOk()).andReturn();
        JsonNode body = json.readTree(history.getResponse().getContentAsByteArray());
        assertThat(body.path("projectId").asText()).isEqualTo(yaya);
        assertThat(body.path("total").asLong()).isEqualTo(events);
        assertThat(body.path("events")).hasSize((int) events);
        assertThat(body.path("events").get(0).path("type").asText()).isEqualTo("ProjectDraftRegisteredEvent");
        assertThat(body.path("events").get(0).path("payload").path("projectId").asText()).isEqualTo(yaya);

        mvc.perform(get("/projects/" + mariinsk + "/audit/history.csv").with(school("tikhomirova", "imc-yaya")))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    @DisplayName("the timeline filters by kind of event and by actor")
    void timelineFilters() throws Exception {
        String signed = page("/projects/" + yaya + "/audit?kind=ApplicationSignedEvent", auditor());
        assertThat(signed).contains("Заявка подписана руководителем").doesNotContain("Подан отчёт</h2>")
                .contains("показано по фильтру: 1");
        String byMinistry = page("/projects/" + yaya + "/audit?actor=minobr", auditor());
        assertThat(byMinistry).contains("Присвоен статус площадки").contains("minobr (министерство)")
                .doesNotContain("sikora (школа)");
    }

    @Test
    @DisplayName("errors are Russian pages with their status: 404 unknown project, 403 another school's, 400 a bad date")
    void errorPages() throws Exception {
        assertThat(page(404, "/projects/no-such-project", auditor())).contains("Проект не найден")
                .contains("Проекта no-such-project нет").doesNotContain("Exception");
        assertThat(page(403, "/projects/" + mariinsk, school("tikhomirova", "imc-yaya")))
                .contains("Нет доступа к проекту").doesNotContain(json.writeValueAsString("code"));
        assertThat(page(403, "/projects/" + mariinsk + "/audit", school("tikhomirova", "imc-yaya")))
                .contains("Нет доступа к проекту");
        assertThat(page(400, "/projects/" + yaya + "?at=2023-13-45", auditor())).contains("Ошибка в адресе страницы")
                .contains("ГГГГ-ММ-ДД").doesNotContain("at java.");
        assertThat(page(400, "/projects/" + yaya + "/audit/state?at=1990-01-01", auditor()))
                .contains("проекта ещё не было");
        assertThat(page(400, "/registry?status=NONSENSE", auditor())).contains("Ошибка в адресе страницы");
        assertThat(page(404, "/projects/" + yaya + "/reports/no-such-report/document", auditor()))
                .contains("Отчёт не найден");
    }

    @Test
    @DisplayName("the calendar plan shows each activity's outcome as of the day, its deviation with the act it cites, "
            + "its amendments and cancellation")
    void calendarPlan() throws Exception {
        String plan = page("/projects/" + year + "/plan?at=2024-01-15", school("tikhomirova", "imc-yaya"));
        assertThat(plan).contains("<h1>Календарный план</h1>").contains("Итог на дату")
                .contains("state-PARTLY_DONE\">выполнено частично (1 из 2)<")
                .contains("state-DONE_WITH_DEVIATION\">выполнено с отклонением<").contains("state-NOT_DONE\">не выполнено<")
                .contains("state-CANCELLED\">отменено: Карта ресурсов вошла в муниципальную базу ресурсов Центров")
                .contains("state-DONE\">выполнено<")
                .contains("Проблема подвоза участников из-за большого количества сетевых мероприятий")
                .contains("Утвержден график сетевых мероприятий на 2023-2024")
                .contains("Положение №12 от 05.06.2023 «Положение о сетевых образовательных сообществах»")
                .contains("Корректировки и отмены").contains("20.02.2023")
                .contains("Конференция перенесена на каникулы по просьбе школ").contains("мероприятие отменено")
                .contains("По задачам проекта").contains("февраль 2023: Обучающий семинар по работе на интерактивной платформе Miro");
        // Before any of it was held, amended or cancelled, every activity is still to come.
        String before = page("/projects/" + year + "/plan?at=2023-01-05", school("tikhomirova", "imc-yaya"));
        assertThat(before).contains("state-UPCOMING\">предстоит<").doesNotContain("state-PARTLY_DONE")
                .doesNotContain("state-CANCELLED").doesNotContain("state-DONE\"")
                .doesNotContain("Конференция перенесена на каникулы");
        assertThat(page(400, "/projects/" + year + "/plan?at=2024-02-30", auditor())).contains("ГГГГ-ММ-ДД");
    }

    @Test
    @DisplayName("the events held show day or month, presenters, host, direction, audience and participants by "
            + "category, filtered by period and level")
    void heldEvents() throws Exception {
        String all = page("/projects/" + year + "/events", auditor());
        assertThat(all).contains("<h1>Проведённые мероприятия</h1>").contains("Мероприятий: 4")
                .contains("17.03.2023").contains("апрель 2023").contains("февраль 2023")
                .contains("Сикора Мария Сергеевна, методист (МБУ ИМЦ УО Яйского округа)")
                .contains("Методическое сопровождение Центров образования «Точка роста»")
                .contains("для: педагоги, руководители организаций").contains("заместители руководителей")
                .contains("<li>педагоги — 14</li>").contains("<li>обучающиеся — 52</li>").contains("<li>другие — 3</li>")
                .contains("всего 69").contains("<td><span>семинар</span></td>")
                .contains("<span>межрегиональный уровень</span>").contains("<span>муниципальный уровень</span>");
        String interregional = page("/projects/" + year + "/events?level=INTERREGIONAL", auditor());
        assertThat(interregional).contains("Мероприятий: 1").contains("Межрегиональный слет обучающихся")
                .doesNotContain("VIII муниципальная научно-практическая конференция")
                .contains("<option value=\"INTERREGIONAL\" selected=\"selected\">");
        String march = page("/projects/" + year + "/events?from=2023-03-01&to=2023-03-31", auditor());
        assertThat(march).contains("Мероприятий: 1").contains("VIII муниципальная научно-практическая конференция")
                .contains("Показан период с 01.03.2023 по 31.03.2023.");
        assertThat(page("/projects/" + year + "/events?from=2030-01-01", auditor())).contains("Сведений нет.");
        assertThat(page(400, "/projects/" + year + "/events?from=2023-09-01&to=2023-01-01", auditor()))
                .contains("позже его окончания");
    }

    @Test
    @DisplayName("dissemination lists dated entries first and undated last, with the publication's bibliographic data, "
            + "and filters by level, form and period")
    void dissemination() throws Exception {
        String all = page("/projects/" + year + "/dissemination", auditor());
        assertThat(all).contains("<h1>Трансляция опыта</h1>")
                .contains("газета «Педагогический поиск», рубрика «В ТОЧКУ!», № 5 (май 2023), с. 3")
                .contains("Абдулхакова Е.И.").contains("<td>без даты</td>").contains("<td>мастер-класс</td>");
        assertThat(all.indexOf("15.02.2023")).isLessThan(all.indexOf("12.05.2023"));
        assertThat(all.indexOf("12.05.2023")).isLessThan(all.indexOf("<td>без даты</td>"));
        String interregional = page("/projects/" + year + "/dissemination?level=INTERREGIONAL", auditor());
        assertThat(interregional).contains("Мастер-классы для участников и гостей слёта")
                .doesNotContain("Популяризация деятельности муниципального образовательного кластера");
        String publications = page("/projects/" + year + "/dissemination?form=PUBLICATION", auditor());
        assertThat(publications).contains("Популяризация деятельности муниципального образовательного кластера")
                .doesNotContain("Работа на интерактивной платформе Miro");
        String spring = page("/projects/" + year + "/dissemination?from=2023-01-01&to=2023-03-31", auditor());
        assertThat(spring).contains("Работа на интерактивной платформе Miro").doesNotContain("<td>без даты</td>")
                .doesNotContain("Популяризация деятельности муниципального образовательного кластера");
        assertThat(page("/projects/" + year + "/dissemination?level=FEDERAL", auditor())).contains("Сведений нет.");
    }

    @Test
    @DisplayName("contests, products and local acts: adopted acts grouped by kind and dated, drafts apart")
    void contestsProductsActs() throws Exception {
        String contests = page("/projects/" + year + "/contests", auditor());
        assertThat(contests).contains("<h1>Конкурсы и награды</h1>").contains("17.03.2023")
                .contains("Обучающиеся 8-9 классов, планирующие сдачу ОГЭ по физике, химии, биологии (обучающиеся)")
                .contains("<td>Муниципальный уровень</td>").contains("<td>участник</td>");
        assertThat(page("/projects/" + year + "/contests?result=WINNER", auditor())).contains("Сведений нет.");

        String products = page("/projects/" + year + "/products", auditor());
        assertThat(products).contains("<h1>Продукты проекта</h1>").contains("<td>база данных</td>")
                .contains("Приложение 1 к промежуточному отчёту за 2022–2023 учебный год")
                .contains("Разработка карты ресурсов и оценка возможностей Центров образования «Точка роста»");
        assertThat(page("/projects/" + year + "/products?kind=VIDEO", auditor())).contains("Сведений нет.");

        String acts = page("/projects/" + year + "/acts", auditor());
        assertThat(acts).contains("<h1>Локальные акты</h1>").contains("№12 от 05.06.2023").contains("№45 от 01.06.2023")
                .contains("Проекты актов (ещё не приняты)").contains("График проведения сетевых мероприятий на 2023-2024");
        // Orders come before regulations, as the kinds are listed.
        assertThat(acts.indexOf("<h3>Приказ</h3>")).isPositive().isLessThan(acts.indexOf("<h3>Положение</h3>"));
        String june = page("/projects/" + year + "/acts?from=2023-06-02&to=2023-06-30", auditor());
        assertThat(june).contains("№12 от 05.06.2023").doesNotContain("№45 от 01.06.2023");
    }

    @Test
    @DisplayName("a network's sub-projects, each with its participant and its own plan as of a day")
    void subProjects() throws Exception {
        // Compared as text: the markup escapes the quotes a title may have.
        String subProjects = HtmlUtils.htmlUnescape(page("/projects/" + network + "/sub-projects?at=2024-08-31",
                school("tikhomirova", "imc-yaya")));
        String ishimTitle = subProjectTitle("school-yaya-ishim");
        String ownActivity = Seed004NetworkProject.roadmap().get(12).title();
        assertThat(subProjects).contains("<h1>Подпроекты участников сетевого проекта</h1>")
                .contains(ishimTitle)
                .contains(subProjectTitle("school-yaya-novonikolaevka"))
                .contains(ownActivity).contains("Мероприятия ещё не запланированы.");
        // Ishim's activity is under Ishim's sub-project, before Novonikolaevka's heading.
        assertThat(subProjects.indexOf(ownActivity)).isGreaterThan(subProjects.indexOf(ishimTitle))
                .isLessThan(subProjects.indexOf(subProjectTitle("school-yaya-novonikolaevka")));
        String project = page("/projects/" + network, school("tikhomirova", "imc-yaya"));
        assertThat(project).contains("Подпроекты участников сети").contains("/projects/" + network + "/sub-projects");
        assertThat(page("/projects/" + year, auditor())).doesNotContain("Подпроекты участников сети");
        assertThat(page(400, "/projects/" + network + "/sub-projects?at=2024-02-30", auditor()))
                .contains("Ошибка в адресе страницы");
    }

    private static String subProjectTitle(String organizationId) {
        return Seed004NetworkProject.subProjects().stream()
                .filter(subProject -> subProject.organizationId().equals(organizationId))
                .findFirst().orElseThrow().title();
    }

    @Test
    @DisplayName("participants, team, resources, risks with their monitoring and indicators with components, by period")
    void runningProject() throws Exception {
        String participants = page("/projects/" + year + "/participants", school("sikora", "imc-yaya"));
        assertThat(participants).contains("<h1>Участники и команда</h1>")
                .contains("Участники сетевого взаимодействия Центров образования «Точка роста»")
                .contains("педагоги — 85").contains("обучающиеся — 116").contains("<td class=\"num\">201</td>")
                .contains("Тихомирова Светлана Анатольевна").contains("Руководитель")
                .contains("Абдулхакова Елена Ивановна").contains("высшая").contains("В течение 2019-2022 года");
        String later = page("/projects/" + year + "/participants?from=2024-01-01", school("sikora", "imc-yaya"));
        assertThat(later).doesNotContain("педагоги — 85").contains("Тихомирова Светлана Анатольевна");

        String resources = page("/projects/" + year + "/resources", auditor());
        assertThat(resources).contains("<th scope=\"row\">Кадровые ресурсы</th>")
                .contains("<th scope=\"row\">Информационные ресурсы</th>").contains("Реестр программ");
        assertThat(page("/projects/" + year + "/resources?kind=FINANCIAL", auditor())).contains("Сведений нет.");

        String risks = page("/projects/" + year + "/risks", auditor());
        assertThat(risks).contains("Проблема доставки обучающихся при очном проведении сетевых мероприятий")
                .contains("проявился").contains("Мониторинг: сведений нет.")
                .contains("Транспортная логистика согласно расписанию");
        assertThat(page("/projects/" + year + "/risks?from=2024-01-01", auditor())).doesNotContain("проявился");

        String indicators = page("/projects/" + year + "/indicators", auditor());
        assertThat(indicators).contains("Составляющая «Предметная»").contains("8.50").contains("7.75")
                .contains("Составляющая «Методическая»").contains("2023 год").contains("15.6")
                .contains("<svg");
        assertThat(page("/projects/" + year + "/indicators?to=2022-12-31", auditor())).doesNotContain("15.6")
                .contains("Значения: сведений нет.");
    }

    @Test
    @DisplayName("the sections say «Сведений нет» where a project has nothing yet, and keep to the reader's region and school")
    void emptySectionsAndAccess() throws Exception {
        for (String section : List.of("sub-projects", "events", "dissemination", "contests", "products", "acts", "participants",
                "resources", "risks", "indicators")) {
            assertThat(page("/projects/" + mariinsk + "/" + section, auditor())).as(section).contains("Сведений нет.");
            assertThat(page(403, "/projects/" + mariinsk + "/" + section, school("tikhomirova", "imc-yaya")))
                    .as(section).contains("Нет доступа к проекту");
            assertThat(page(404, "/projects/no-such-project/" + section, auditor())).as(section)
                    .contains("Проект не найден");
        }
        assertThat(page("/projects/" + mariinsk + "/plan", auditor())).contains("Мероприятия ещё не запланированы.")
                .contains("Сведений нет.");
        String project = page("/projects/" + year, school("tikhomirova", "imc-yaya"));
        assertThat(project).contains("Разделы года проекта").contains("/projects/" + year + "/dissemination")
                .contains("aria-current=\"page\">Проект</a>");
    }

    @Test
    @DisplayName("the chain check names the first broken event, its kind, who and why, in Russian")
    void brokenChain() throws Exception {
        String projectId = new SeedJourneys(this).yayaAtInstitute();
        new SeedJourneys(this).awaitViewsCaughtUp();
        assertThat(page("/projects/" + projectId + "/audit/verify", auditor())).contains("Цепочка цела.");
        byte[] signed = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 3", byte[].class, projectId);
        try {
            jdbc.update("""
                    UPDATE domain_event_entry
                       SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'tikhomirova', 'kartashova'), 'UTF8')
                     WHERE aggregate_identifier = ? AND sequence_number = 3""", projectId);
            String broken = page("/projects/" + projectId + "/audit/verify", auditor());
            assertThat(broken).contains("Цепочка нарушена.").contains("Первое событие, хеш которого не сходится: № 3")
                    .contains("«Заявка подписана руководителем»").contains("tikhomirova (школа)")
                    .contains("Причина: сохранённый хеш не совпадает с содержанием события");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 3",
                    signed, projectId);
        }
        assertThat(page("/projects/" + projectId + "/audit/verify", auditor())).contains("Цепочка цела.");
    }

    @Test
    @DisplayName("a page without a login leads to the login form; the form needs its CSRF token; the API stays HTTP Basic")
    void loginRules() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/registry")).andExpect(status().is3xxRedirection());
        String login = new String(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(login).contains("lang=\"ru\"").contains("<label for=\"username\">Имя пользователя</label>")
                .contains("name=\"_csrf\"").contains("Перейти к содержанию");
        mvc.perform(post("/login").param("username", "tikhomirova").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "tikhomirova").param("password", "demo").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/registry"));
        mvc.perform(post("/login").param("username", "tikhomirova").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/projects")).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    @DisplayName("the read API's OpenAPI document lists the API, not the pages")
    void pagesAreNotInTheApiDocument() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray()).path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/projects")
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }

    private String page(String path, RequestPostProcessor reader) throws Exception {
        return page(200, path, reader);
    }

    private String page(int expectedStatus, String path, RequestPostProcessor reader) throws Exception {
        MvcResult result = mvc.perform(get(path).with(reader)).andReturn();
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s: %s", path, body).isEqualTo(expectedStatus);
        assertThat(body).as(path).contains("<html lang=\"ru\"");
        return body;
    }

    private static RequestPostProcessor auditor() {
        return as(new Reader("auditor", "audit", Set.of(Role.AUDITOR), null));
    }

    private static RequestPostProcessor school(String user, String organization) {
        return as(new Reader(user, organization, Set.of(Role.SCHOOL), null));
    }

    private static RequestPostProcessor as(Reader reader) {
        return authentication(new UsernamePasswordAuthenticationToken(reader, null, reader.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList()));
    }
}
