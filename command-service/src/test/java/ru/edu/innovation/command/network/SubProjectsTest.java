package ru.edu.innovation.command.network;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.ParticipantOrganization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.network.RegisterSubProjectCommand;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.network.SubProjectRegisteredEvent;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityCancelledEvent;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.AmendActivityCommand;
import ru.edu.innovation.api.plan.CancelActivityCommand;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;
import ru.edu.innovation.platform.store.PlanUpcaster;
import ru.edu.innovation.platform.store.SubProjectActivityUpcaster;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_COORDINATOR;
import static ru.edu.innovation.command.project.ProjectFixtures.AS_FOREIGN_SCHOOL;
import static ru.edu.innovation.command.project.ProjectFixtures.PROJECT_ID;
import static ru.edu.innovation.command.project.ProjectFixtures.TRANSPORT_DEVIATION;
import static ru.edu.innovation.command.project.ProjectFixtures.active;
import static ru.edu.innovation.command.project.ProjectFixtures.actor;
import static ru.edu.innovation.command.project.ProjectFixtures.signed;
import static ru.edu.innovation.command.project.ProjectFixtures.versionAfter;
import static ru.edu.innovation.command.project.ProjectFixtures.violation;
import static ru.edu.innovation.command.project.ProjectFixtures.with;
import static ru.edu.innovation.seeds.SeedProjects.SCHOOL_12_MARIINSK;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipants;

/** A network project's sub-projects (seed 004, «Участники проекта») and their own plan entries. */
class SubProjectsTest {

    private static final ParticipantOrganization ISHIM = yayaParticipants().stream()
            .filter(participant -> participant.organization().id().equals("school-yaya-ishim")).findFirst().orElseThrow();
    private static final SubProject MY_CHOICE = new SubProject(ISHIM.organization().id(), ISHIM.subProjectTitle(), null,
            null);
    private static final Organization ISHIM_SCHOOL = ISHIM.organization();
    private static final Map<String, Object> AS_ISHIM = actor("khramtsova", ISHIM_SCHOOL.id(), Role.SCHOOL);
    private static final Map<String, Object> AS_ULANOVKA = actor("teacher.ulanovka", "school-yaya-ulanovka", Role.SCHOOL);
    /** A plan entry of a sub-project; seed 004 names the sub-projects but none of their activities. */
    private static final ActivityPlan SUB_PROJECT_ACTIVITY = new ActivityPlan(null, "Занятие курса «Мой выбор»",
            null, LocalDate.of(2023, 10, 31), ISHIM_SCHOOL.shortName(), null, null);
    /** The sub-project's activity as amended: a weekly lesson through the school year. */
    private static final ActivityPlan WEEKLY_LESSONS = new ActivityPlan(null, "Еженедельные занятия курса «Мой выбор»",
            null, LocalDate.of(2024, 5, 31), ISHIM_SCHOOL.shortName(), null, null);
    private static final HeldEvent LESSON_HELD = new HeldEvent(LocalDate.of(2023, 5, 20), "Занятие курса «Мой выбор»",
            EventLevel.SCHOOL, "очно", null, "Учащиеся 8 класса составили карты профессиональных интересов", "lesson");

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
            .findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()).build();

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    private static List<Object> withMyChoiceLesson() {
        return with(withMyChoice(), new ActivityPlannedEvent(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY, "my-choice"));
    }

    private static List<Object> withMyChoice() {
        return with(active(), new SubProjectRegisteredEvent(PROJECT_ID, "my-choice", MY_CHOICE, ISHIM_SCHOOL));
    }

    @Test
    @DisplayName("the lead school registers a participant's sub-project as the application names the participant")
    void leadRegistersSubProject() {
        fixture.given(active())
                .when(new RegisterSubProjectCommand(PROJECT_ID, "my-choice", MY_CHOICE), AS_COORDINATOR)
                .expectEvents(new SubProjectRegisteredEvent(PROJECT_ID, "my-choice", MY_CHOICE, ISHIM_SCHOOL))
                .expectResultMessagePayload(versionAfter(active(), 1));
    }

    @Test
    @DisplayName("the participant school registers its own sub-project")
    void participantRegistersItsOwn() {
        fixture.given(active())
                .when(new RegisterSubProjectCommand(PROJECT_ID, "my-choice", MY_CHOICE), AS_ISHIM)
                .expectEvents(new SubProjectRegisteredEvent(PROJECT_ID, "my-choice", MY_CHOICE, ISHIM_SCHOOL));
    }

    @Test
    @DisplayName("another participant may not register a sub-project for a school other than itself")
    void otherParticipantRefused() {
        fixture.given(active())
                .when(new RegisterSubProjectCommand(PROJECT_ID, "my-choice", MY_CHOICE), AS_ULANOVKA)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a sub-project of an organization that does not participate in the network")
    void rejectsNonParticipant() {
        SubProject foreign = new SubProject(SCHOOL_12_MARIINSK, "Проект школы другого округа", null, null);

        fixture.given(active())
                .when(new RegisterSubProjectCommand(PROJECT_ID, "foreign", foreign), AS_FOREIGN_SCHOOL)
                .expectException(violation("NOT_A_NETWORK_PARTICIPANT"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a sub-project whose period lies outside the project's")
    void rejectsPeriodOutsideProject() {
        SubProject late = new SubProject(MY_CHOICE.organizationId(), MY_CHOICE.title(), null,
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 5, 31)));

        fixture.given(active())
                .when(new RegisterSubProjectCommand(PROJECT_ID, "my-choice", late), AS_COORDINATOR)
                .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a second sub-project with the same id")
    void rejectsDuplicateId() {
        fixture.given(withMyChoice())
                .when(new RegisterSubProjectCommand(PROJECT_ID, "my-choice", MY_CHOICE), AS_COORDINATOR)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects a sub-project before the status is assigned")
    void rejectsBeforeStatus() {
        fixture.given(signed())
                .when(new RegisterSubProjectCommand(PROJECT_ID, "my-choice", MY_CHOICE), AS_COORDINATOR)
                .expectException(violation("STATUS_NOT_ASSIGNED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("the school that runs a sub-project plans its activities")
    void participantPlansItsSubProject() {
        fixture.given(withMyChoice())
                .when(new PlanActivityCommand(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY, "my-choice"), AS_ISHIM)
                .expectEvents(new ActivityPlannedEvent(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY, "my-choice"));
    }

    @Test
    @DisplayName("the project's lead plans an activity of a participant's sub-project")
    void leadPlansSubProjectActivity() {
        fixture.given(withMyChoice())
                .when(new PlanActivityCommand(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY, "my-choice"), AS_COORDINATOR)
                .expectEvents(new ActivityPlannedEvent(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY, "my-choice"));
    }

    @Test
    @DisplayName("another participant may not plan in a sub-project it does not run")
    void otherParticipantMayNotPlan() {
        fixture.given(withMyChoice())
                .when(new PlanActivityCommand(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY, "my-choice"), AS_ULANOVKA)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("a participant plans nothing in the whole network's plan, which is the lead's")
    void participantMayNotPlanNetworkActivity() {
        fixture.given(withMyChoice())
                .when(new PlanActivityCommand(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY), AS_ISHIM)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("the school that runs a sub-project amends its activity")
    void participantAmendsItsActivity() {
        ActivityAmendment amendment = new ActivityAmendment(WEEKLY_LESSONS, "Курс идёт весь учебный год",
                LocalDate.of(2023, 6, 1));

        fixture.given(withMyChoiceLesson())
                .when(new AmendActivityCommand(PROJECT_ID, "lesson", amendment), AS_ISHIM)
                .expectEvents(new ActivityAmendedEvent(PROJECT_ID, "lesson", amendment));
    }

    @Test
    @DisplayName("the school that runs a sub-project cancels its activity")
    void participantCancelsItsActivity() {
        ActivityCancellation cancellation = new ActivityCancellation("Занятие перенесено в курс внеурочной деятельности",
                LocalDate.of(2023, 6, 1));

        fixture.given(withMyChoiceLesson())
                .when(new CancelActivityCommand(PROJECT_ID, "lesson", cancellation), AS_ISHIM)
                .expectEvents(new ActivityCancelledEvent(PROJECT_ID, "lesson", cancellation));
    }

    @Test
    @DisplayName("the school that runs a sub-project records its activity held, and a deviation on it")
    void participantRecordsItsActivityHeldAndDeviation() {
        fixture.given(withMyChoiceLesson())
                .when(new RecordHeldEventCommand(PROJECT_ID, "lesson-held", LESSON_HELD), AS_ISHIM)
                .expectEvents(new HeldEventRecordedEvent(PROJECT_ID, "lesson-held", LESSON_HELD));
        fixture.given(withMyChoiceLesson())
                .when(new RecordActivityDeviationCommand(PROJECT_ID, "lesson", TRANSPORT_DEVIATION), AS_ISHIM)
                .expectEvents(new ActivityDeviationRecordedEvent(PROJECT_ID, "lesson", TRANSPORT_DEVIATION));
    }

    @Test
    @DisplayName("the project's lead amends an activity of a participant's sub-project")
    void leadAmendsSubProjectActivity() {
        ActivityAmendment amendment = new ActivityAmendment(WEEKLY_LESSONS, "Курс идёт весь учебный год", null);

        fixture.given(withMyChoiceLesson())
                .when(new AmendActivityCommand(PROJECT_ID, "lesson", amendment), AS_COORDINATOR)
                .expectEvents(new ActivityAmendedEvent(PROJECT_ID, "lesson",
                        new ActivityAmendment(WEEKLY_LESSONS, "Курс идёт весь учебный год", LocalDate.of(2023, 6, 15))));
    }

    @Test
    @DisplayName("another participant may not amend, cancel or record held the activity of a sub-project it does not run")
    void otherParticipantMayNotActOnActivity() {
        fixture.given(withMyChoiceLesson())
                .when(new AmendActivityCommand(PROJECT_ID, "lesson",
                        new ActivityAmendment(WEEKLY_LESSONS, "Чужая корректировка", null)), AS_ULANOVKA)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
        fixture.given(withMyChoiceLesson())
                .when(new CancelActivityCommand(PROJECT_ID, "lesson", new ActivityCancellation("Чужая отмена", null)),
                        AS_ULANOVKA)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
        fixture.given(withMyChoiceLesson())
                .when(new RecordHeldEventCommand(PROJECT_ID, "lesson-held", LESSON_HELD), AS_ULANOVKA)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("a participant amends nothing of the network's own plan, nor records an event held that is not its sub-project's")
    void participantMayNotActOnNetworkActivity() {
        List<Object> history = with(withMyChoice(),
                new ActivityPlannedEvent(PROJECT_ID, "network-lesson", SUB_PROJECT_ACTIVITY));

        fixture.given(history)
                .when(new AmendActivityCommand(PROJECT_ID, "network-lesson",
                        new ActivityAmendment(WEEKLY_LESSONS, "Корректировка сетевого плана", null)), AS_ISHIM)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
        HeldEvent networkLessonHeld = new HeldEvent(LocalDate.of(2023, 5, 20), "Занятие курса «Мой выбор»",
                EventLevel.SCHOOL, "очно", null, null, "network-lesson");
        fixture.given(history)
                .when(new RecordHeldEventCommand(PROJECT_ID, "lesson-held", networkLessonHeld), AS_ISHIM)
                .expectException(ProjectAccessDeniedException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("an activity stored at revision 2 replays as the network's own, and a sub-project plans beside it")
    void revision2ActivityReplays() {
        String revision2 = """
                {"projectId":"%s","activityId":"resource-map","plan":{"taskNumber":1,"title":"Разработка карты ресурсов",
                "startDate":"2023-01-01","deadline":"2023-02-28","responsible":"МБУ ИМЦ УО Яйского округа",
                "participants":null,"expectedResult":null,"timing":"Январь-февраль 2023","plannedSessions":null}}"""
                .formatted(PROJECT_ID).replace("\n", "");
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                "event-1", Instant.parse("2023-01-10T03:00:00Z"), ActivityPlannedEvent.class.getName(), "2",
                revision2.getBytes(StandardCharsets.UTF_8), "{}".getBytes());
        ActivityPlannedEvent upcast = (ActivityPlannedEvent) EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(stored), SERIALIZER, new EventUpcasterChain(new PlanUpcaster(), new SubProjectActivityUpcaster()))
                .next().getPayload();
        assertThat(upcast.subProjectId()).isNull();

        fixture.given(with(withMyChoice(), upcast))
                .when(new PlanActivityCommand(PROJECT_ID, "resource-map", SUB_PROJECT_ACTIVITY, "my-choice"), AS_ISHIM)
                .expectException(violation("ALREADY_EXISTS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("rejects an activity of a sub-project the project does not have")
    void rejectsUnknownSubProject() {
        fixture.given(withMyChoice())
                .when(new PlanActivityCommand(PROJECT_ID, "lesson", SUB_PROJECT_ACTIVITY, "robotics"), AS_COORDINATOR)
                .expectException(violation("UNKNOWN_SUB_PROJECT"))
                .expectNoEvents();
    }
}
