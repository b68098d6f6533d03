package ru.edu.innovation.query.plan;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityCancelledEvent;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.Audience;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ManagementAction;
import ru.edu.innovation.platform.store.PlanUpcaster;
import ru.edu.innovation.query.participation.ProjectParticipants;
import ru.edu.innovation.platform.store.HeldEventCategoriesUpcaster;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.interregionalRallyHeld;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayHeld2023;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDaySeries;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminarHeld;
import static ru.edu.innovation.seeds.SeedProjects.miroTrainingActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsActivity;
import static ru.edu.innovation.seeds.SeedProjects.transportDeviation;

/**
 * The plan of a real year (seeds 000 and 004) as of a day: a series amended in, sessions held by
 * month, an activity without dates, a cancellation, a deviation with its management actions, and
 * events stored at revision 1.
 */
class RealYearPlanTest {

    private static final String CORRECTION = "Корректировка программы: методический день проводится в апреле 2023 и 2024 г";
    private static final LocalDate AMENDED_ON = LocalDate.of(2023, 3, 20);
    private static final LocalDate REPORT_END = LocalDate.of(2023, 8, 31);

    private static ProjectCard year() {
        return ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "methodical-day", methodicalDayActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "miro", miroTrainingActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "network-events", networkEventsActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "conference", conferenceActivity()))
                .then(new ActivityAmendedEvent(PROJECT_ID, "methodical-day",
                        new ActivityAmendment(methodicalDaySeries(), CORRECTION, AMENDED_ON)))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "miro-seminar", miroSeminarHeld("miro")))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "methodical-day-2023", methodicalDayHeld2023("methodical-day")))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "rally", interregionalRallyHeld(null)))
                .then(new ActivityDeviationRecordedEvent(PROJECT_ID, "miro", transportDeviation()))
                .then(new ActivityCancelledEvent(PROJECT_ID, "conference",
                        new ActivityCancellation("Конференция проведена в рамках межрегионального слета", LocalDate.of(2023, 3, 10))))
                .card();
    }

    @Test
    @DisplayName("as of the report's end: a series partly done (1 of 2), done with a deviation, upcoming without dates, cancelled")
    void outcomesAtReportEnd() {
        CalendarPlan plan = CalendarPlan.of(year(), REPORT_END);

        PlannedActivity day = row(plan, "methodical-day");
        assertThat(day.state()).isEqualTo(ActivityState.PARTLY_DONE);
        assertThat(day.sessionsHeld()).isEqualTo(1);
        assertThat(day.sessionsPlanned()).isEqualTo(2);
        assertThat(day.timing()).isEqualTo("Апрель 2023, 2024 г");
        assertThat(day.amendments()).singleElement().satisfies(amendment -> {
            assertThat(amendment.reason()).isEqualTo(CORRECTION);
            assertThat(amendment.date()).isEqualTo(AMENDED_ON);
        });
        assertThat(row(plan, "miro").state()).isEqualTo(ActivityState.DONE_WITH_DEVIATION);
        assertThat(row(plan, "miro").deviation().managementActions()).extracting(ManagementAction::description)
                .containsExactly("Центры образования «Точка роста» объединены в сетевые образовательные сообщества",
                        "Утвержден график сетевых мероприятий на 2023-2024");
        PlannedActivity networkEvents = row(plan, "network-events");
        assertThat(networkEvents.state()).isEqualTo(ActivityState.UPCOMING);
        assertThat(networkEvents.taskNumber()).isEqualTo(2);
        assertThat(networkEvents.stageNumber()).isNull();
        assertThat(row(plan, "conference").state()).isEqualTo(ActivityState.CANCELLED);
        assertThat(row(plan, "conference").cancellation().reason()).contains("межрегионального слета");
        assertThat(plan.activities()).extracting(PlannedActivity::activityId).last().isEqualTo("network-events");
        assertThat(plan.planned()).isEqualTo(3);
        assertThat(plan.done()).isEqualTo(1);
    }

    @Test
    @DisplayName("before the amendment's day the activity reads as first planned; before the cancellation's day it is not cancelled")
    void planAsItStood() {
        ProjectCard card = year();

        PlannedActivity early = row(CalendarPlan.of(card, LocalDate.of(2023, 3, 1)), "methodical-day");
        assertThat(early.plannedSessions()).isNull();
        assertThat(early.deadline()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(early.amendments()).isEmpty();
        assertThat(early.state()).isEqualTo(ActivityState.UPCOMING);
        assertThat(row(CalendarPlan.of(card, LocalDate.of(2023, 3, 1)), "conference").state())
                .isEqualTo(ActivityState.UPCOMING);
        assertThat(row(CalendarPlan.of(card, LocalDate.of(2023, 3, 1)), "conference").cancellation()).isNull();
    }

    @Test
    @DisplayName("a session held in a month counts once the month has begun; a series is done when every session is held")
    void sessionsByMonth() {
        ProjectCard card = year();
        assertThat(row(CalendarPlan.of(card, LocalDate.of(2023, 3, 31)), "methodical-day").sessionsHeld()).isZero();
        assertThat(row(CalendarPlan.of(card, LocalDate.of(2023, 4, 1)), "methodical-day").state())
                .isEqualTo(ActivityState.PARTLY_DONE);

        HeldEvent second = new HeldEvent(null, "Муниципальный методический день 2024", EventLevel.MUNICIPAL, null, null,
                null, "methodical-day", "2024-04", null, null, null, java.util.List.of(Audience.TEACHERS));
        ProjectCard both = ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "methodical-day", methodicalDaySeries()))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "day-2023", methodicalDayHeld2023("methodical-day")))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "day-2024", second))
                .card();
        assertThat(row(CalendarPlan.of(both, LocalDate.of(2024, 5, 1)), "methodical-day").state())
                .isEqualTo(ActivityState.DONE);
    }

    @Test
    @DisplayName("events held filter by period (a month overlapping it counts) and by level, planned or not, by day")
    void heldEventsFiltered() {
        ProjectCard card = year();

        assertThat(HeldEvents.of(card, null, null, null).events()).extracting(HeldEventEntry::heldEventId)
                .containsExactly("miro-seminar", "methodical-day-2023", "rally");
        assertThat(HeldEvents.of(card, LocalDate.of(2023, 4, 15), LocalDate.of(2023, 8, 31), null).events())
                .extracting(HeldEventEntry::heldEventId).containsExactly("methodical-day-2023", "rally");
        assertThat(HeldEvents.of(card, null, null, EventLevel.INTERREGIONAL).events()).singleElement()
                .satisfies(rally -> {
                    assertThat(rally.audience()).containsExactly(Audience.STUDENTS, Audience.TEACHERS);
                    assertThat(rally.activityId()).isNull();
                    assertThat(rally.month()).isEqualTo("2023-05");
                });
        assertThat(HeldEvents.of(card, null, null, EventLevel.MUNICIPAL).events()).singleElement()
                .satisfies(day -> assertThat(day.presenters()).singleElement()
                        .satisfies(presenter -> assertThat(presenter.fullName()).isEqualTo("Сикора Мария Сергеевна")));
    }

    @Test
    @DisplayName("an activity, a held event and a deviation stored at revision 1 project onto the card and the plan")
    void revision1Projects() {
        ProjectCard card = ProjectHistory.yayaActive()
                .then(upcast(ActivityPlannedEvent.class, """
                        {"projectId":"yaya-network","activityId":"conference","plan":{"taskNumber":2,"title":"VIII конференция",
                        "startDate":"2023-03-01","deadline":"2023-03-31","responsible":"МБУ ИМЦ УО Яйского округа",
                        "participants":null,"expectedResult":null}}"""))
                .then(upcast(HeldEventRecordedEvent.class, """
                        {"projectId":"yaya-network","heldEventId":"held","event":{"date":"2023-03-17","title":"VIII конференция",
                        "level":"MUNICIPAL","format":"очно","participants":{"teachers":14,"students":52,"parents":0,"others":3},
                        "resultsAndProducts":"Представлены работы","activityId":"conference"}}"""))
                .then(upcast(ActivityDeviationRecordedEvent.class, """
                        {"projectId":"yaya-network","activityId":"conference","deviation":{"reason":"Перенесена на неделю",
                        "managementAction":"Изменён график"}}"""))
                .card();

        PlannedActivity conference = row(CalendarPlan.of(card, REPORT_END), "conference");
        assertThat(conference.state()).isEqualTo(ActivityState.DONE_WITH_DEVIATION);
        assertThat(conference.held()).singleElement().satisfies(held -> {
            assertThat(held.participantsTotal()).isEqualTo(69);
            assertThat(held.presenters()).isEmpty();
        });
        assertThat(conference.deviation().managementActions()).containsExactly(new ManagementAction("Изменён график", null));
    }

    @Test
    @DisplayName("a held event stored at revision 2 with four numbers projects onto the plan by category")
    void revision2ProjectsByCategory() {
        ProjectCard card = ProjectHistory.yayaActive()
                .then(new ru.edu.innovation.api.plan.ActivityPlannedEvent(PROJECT_ID, "conference", conferenceActivity()))
                .then(upcastRevision2("""
                        {"projectId":"yaya-network","heldEventId":"held","event":{"date":"2023-03-17","title":"VIII конференция",
                        "level":"MUNICIPAL","format":"очно","participants":{"teachers":14,"students":52,"parents":0,"others":3},
                        "resultsAndProducts":"Представлены работы","activityId":"conference","month":null,"presenters":[],
                        "hostOrganization":null,"direction":null,"audience":[]}}"""))
                .card();

        assertThat(row(CalendarPlan.of(card, REPORT_END), "conference").held()).singleElement().satisfies(held -> {
            assertThat(held.participants()).extracting(ProjectParticipants.Category::name, ProjectParticipants.Category::count)
                    .containsExactly(tuple("педагоги", 14), tuple("обучающиеся", 52), tuple("другие", 3));
            assertThat(held.participantsTotal()).isEqualTo(69);
        });
    }

    private static Object upcastRevision2(String revision2) {
        JsonMapper json = JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-03-20T03:00:00Z"), HeldEventRecordedEvent.class.getName(), "2",
                revision2.replace("\n", "").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                JacksonSerializer.builder().objectMapper(json).build(), new HeldEventCategoriesUpcaster()).next().getPayload();
    }

    private static Object upcast(Class<?> type, String revision1) {
        JsonMapper json = JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-03-20T03:00:00Z"), type.getName(), "1",
                revision1.replace("\n", "").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                JacksonSerializer.builder().objectMapper(json).build(), new EventUpcasterChain(new PlanUpcaster(), new HeldEventCategoriesUpcaster())).next().getPayload();
    }

    private static PlannedActivity row(CalendarPlan plan, String activityId) {
        return plan.activities().stream().filter(activity -> activity.activityId().equals(activityId))
                .findFirst().orElseThrow();
    }
}
