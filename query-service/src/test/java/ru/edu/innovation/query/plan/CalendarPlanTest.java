package ru.edu.innovation.query.plan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.query.participation.ProjectParticipants;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.efficiencyIndicatorsActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkModelActivity;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;

/** Seed 004's roadmap against what was held, as of mid-April 2023 (the second stage runs). */
class CalendarPlanTest {

    private static final LocalDate MID_APRIL_2023 = LocalDate.of(2023, 4, 15);

    private static final Deviation QUARANTINE = new Deviation("Карантин в школах округа в феврале",
            "Модель утверждена на заседании творческой группы в марте, график сетевых мероприятий сдвинут");

    private static final HeldEvent RESOURCE_MAP_HELD = new HeldEvent(LocalDate.of(2023, 2, 20),
            "Заполнение карт ресурсов Центров образования «Точка роста»", EventLevel.MUNICIPAL, "дистанционно",
            new ParticipantCounts(22, 0, 0, 2), "Создана муниципальная база ресурсов Центров образования «Точка роста»",
            "resource-map");

    private static final HeldEvent MIRO_SEMINAR = new HeldEvent(LocalDate.of(2023, 4, 12),
            "Обучающий семинар для заместителей руководителей по УВР: работа на платформе Miro", EventLevel.MUNICIPAL,
            "очно", new ParticipantCounts(9, 0, 0, 0),
            "100 % заместителей руководителей по УВР обучены работе на интерактивной платформе Miro", null);

    private static ProjectCard roadmap() {
        return ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "methodical-day", methodicalDayActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "conference", conferenceActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "network-model", networkModelActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "resource-map", resourceMapActivity()))
                .then(new ActivityPlannedEvent(PROJECT_ID, "efficiency", efficiencyIndicatorsActivity()))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "held-map", RESOURCE_MAP_HELD))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld("conference")))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "held-miro", MIRO_SEMINAR))
                .then(new ActivityDeviationRecordedEvent(PROJECT_ID, "network-model", QUARANTINE))
                .card();
    }

    @Test
    @DisplayName("each activity is done, not done (overdue or explained by a deviation) or upcoming, in calendar order "
            + "(by deadline, start, task, then title)")
    void statesInCalendarOrder() {
        CalendarPlan plan = CalendarPlan.of(roadmap(), MID_APRIL_2023);

        assertThat(plan.activities()).extracting(PlannedActivity::activityId, PlannedActivity::state)
                .containsExactly(
                        tuple("resource-map", ActivityState.DONE),
                        tuple("network-model", ActivityState.NOT_DONE),
                        tuple("efficiency", ActivityState.NOT_DONE),
                        tuple("conference", ActivityState.DONE),
                        tuple("methodical-day", ActivityState.UPCOMING));
        assertThat(plan.asOf()).isEqualTo(MID_APRIL_2023);
        assertThat(plan.projectId()).isEqualTo(PROJECT_ID);
    }

    @Test
    @DisplayName("a row carries the plan, what was held with its participants and results, and the deviation")
    void rowContent() {
        CalendarPlan plan = CalendarPlan.of(roadmap(), MID_APRIL_2023);

        PlannedActivity conference = row(plan, "conference");
        assertThat(conference.taskNumber()).isEqualTo(2);
        assertThat(conference.title()).startsWith("VIII муниципальная научно-практическая конференция");
        assertThat(conference.startDate()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(conference.deadline()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(conference.responsible()).isEqualTo("МБУ ИМЦ УО Яйского округа");
        assertThat(conference.participants()).isEqualTo("Сикора М.С.");
        assertThat(conference.expectedResult()).startsWith("20% обучающихся 8-9 классов");
        assertThat(conference.stageNumber()).isEqualTo(2);
        assertThat(conference.held()).singleElement().satisfies(held -> {
            assertThat(held.date()).isEqualTo(LocalDate.of(2023, 3, 17));
            assertThat(held.level()).isEqualTo(EventLevel.MUNICIPAL);
            assertThat(held.format()).isEqualTo("очно, на базе Центров образования «Точка роста»");
            assertThat(held.participants()).extracting(ProjectParticipants.Category::name, ProjectParticipants.Category::count)
                    .containsExactly(tuple("педагоги", 14), tuple("обучающиеся", 52), tuple("другие", 3));
            assertThat(held.participantsTotal()).isEqualTo(69);
            assertThat(held.resultsAndProducts()).startsWith("Обучающиеся 8-9 классов");
        });
        assertThat(conference.deviation()).isNull();

        PlannedActivity networkModel = row(plan, "network-model");
        assertThat(networkModel.held()).isEmpty();
        assertThat(networkModel.deviation()).isEqualTo(QUARANTINE);
        assertThat(networkModel.stageNumber()).isEqualTo(1);
    }

    @Test
    @DisplayName("shares done per stage (by the stage holding the deadline) and per task, with one decimal")
    void sharesDone() {
        CalendarPlan plan = CalendarPlan.of(roadmap(), MID_APRIL_2023);

        assertThat(plan.stages()).extracting(StageProgress::stageNumber, StageProgress::planned, StageProgress::done,
                        StageProgress::percentDone)
                .containsExactly(
                        tuple(1, 3, 1, new BigDecimal("33.3")),
                        tuple(2, 2, 1, new BigDecimal("50.0")),
                        tuple(3, 0, 0, null));
        assertThat(plan.tasks()).extracting(TaskProgress::taskNumber, TaskProgress::planned, TaskProgress::done,
                        TaskProgress::percentDone)
                .containsExactly(
                        tuple(1, 2, 1, new BigDecimal("50.0")),
                        tuple(2, 2, 1, new BigDecimal("50.0")),
                        tuple(3, 1, 0, new BigDecimal("0.0")));
        assertThat(plan.tasks().get(0).task()).startsWith("Разработать и внедрить модель сетевого взаимодействия");
        assertThat(plan.planned()).isEqualTo(5);
        assertThat(plan.done()).isEqualTo(2);
        assertThat(plan.percentDone()).isEqualByComparingTo("40.0");
    }

    @Test
    @DisplayName("the overdue list holds only the unexplained activities past their deadline")
    void overdueList() {
        CalendarPlan plan = CalendarPlan.of(roadmap(), MID_APRIL_2023);

        assertThat(plan.overdue()).extracting(PlannedActivity::activityId).containsExactly("efficiency");
    }

    @Test
    @DisplayName("an activity becomes overdue the day after its deadline, not on it")
    void overdueFromTheNextDay() {
        ProjectCard card = roadmap();

        assertThat(row(CalendarPlan.of(card, LocalDate.of(2023, 4, 30)), "methodical-day").state())
                .isEqualTo(ActivityState.UPCOMING);
        assertThat(row(CalendarPlan.of(card, LocalDate.of(2023, 5, 1)), "methodical-day").state())
                .isEqualTo(ActivityState.NOT_DONE);
        assertThat(CalendarPlan.of(card, LocalDate.of(2023, 5, 1)).overdue()).extracting(PlannedActivity::activityId)
                .containsExactly("efficiency", "methodical-day");
    }

    @Test
    @DisplayName("events held beyond the plan are listed apart, by date")
    void unplannedEvents() {
        CalendarPlan plan = CalendarPlan.of(roadmap(), MID_APRIL_2023);

        assertThat(plan.unplannedEvents()).singleElement().satisfies(held -> {
            assertThat(held.heldEventId()).isEqualTo("held-miro");
            assertThat(held.title()).contains("платформе Miro");
            assertThat(held.participantsTotal()).isEqualTo(9);
        });
    }

    @Test
    @DisplayName("a project without a plan has every stage and task at zero and no share")
    void emptyPlan() {
        CalendarPlan plan = CalendarPlan.of(ProjectHistory.yayaActive().card(), MID_APRIL_2023);

        assertThat(plan.activities()).isEmpty();
        assertThat(plan.percentDone()).isNull();
        assertThat(plan.stages()).hasSize(3).allSatisfy(stage -> assertThat(stage.percentDone()).isNull());
        assertThat(plan.tasks()).hasSize(3).allSatisfy(task -> assertThat(task.planned()).isZero());
    }

    @Test
    @DisplayName("an activity held and explained by a deviation (done late or partly) is done with a deviation, "
            + "whichever was recorded first")
    void doneWithDeviationInEitherOrder() {
        ProjectCard heldFirst = ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "conference", conferenceActivity()))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld("conference")))
                .then(new ActivityDeviationRecordedEvent(PROJECT_ID, "conference", QUARANTINE))
                .card();
        ProjectCard deviationFirst = ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "conference", conferenceActivity()))
                .then(new ActivityDeviationRecordedEvent(PROJECT_ID, "conference", QUARANTINE))
                .then(new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld("conference")))
                .card();

        for (ProjectCard card : List.of(heldFirst, deviationFirst)) {
            CalendarPlan plan = CalendarPlan.of(card, MID_APRIL_2023);
            PlannedActivity conference = row(plan, "conference");
            assertThat(conference.state()).isEqualTo(ActivityState.DONE_WITH_DEVIATION);
            assertThat(conference.deviation()).isEqualTo(QUARANTINE);
            assertThat(conference.held()).extracting(HeldEventEntry::heldEventId).containsExactly("held-conference");
            assertThat(plan.done()).isEqualTo(1);
            assertThat(plan.overdue()).isEmpty();
        }
    }

    @Test
    @DisplayName("percent done rounds half up to one decimal")
    void percentRounding() {
        assertThat(CalendarPlan.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(CalendarPlan.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(CalendarPlan.percent(3, 3)).isEqualByComparingTo("100.0");
        assertThat(CalendarPlan.percent(0, 0)).isNull();
    }

    private static PlannedActivity row(CalendarPlan plan, String activityId) {
        return plan.activities().stream().filter(activity -> activity.activityId().equals(activityId))
                .findFirst().orElseThrow();
    }
}
