package ru.edu.innovation.command.plan;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.command.kernel.NotProjectSignatoryException;
import ru.edu.innovation.command.kernel.ProjectAccessDeniedException;
import ru.edu.innovation.command.kernel.ProjectRuleViolationException;
import ru.edu.innovation.command.kernel.UnknownProjectPartException;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.ParticipantOrganization;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Review;
import ru.edu.innovation.api.common.ReviewDecision;
import ru.edu.innovation.api.common.ReviewLevel;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import ru.edu.innovation.api.plan.ActivityAmendedEvent;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityCancelledEvent;
import ru.edu.innovation.api.plan.AmendActivityCommand;
import ru.edu.innovation.api.plan.CancelActivityCommand;
import ru.edu.innovation.api.plan.ManagementAction;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActKind;
import ru.edu.innovation.api.plan.NormativeActRegisteredEvent;
import ru.edu.innovation.platform.store.PlanUpcaster;
import ru.edu.innovation.platform.store.HeldEventCategoriesUpcaster;
import ru.edu.innovation.api.plan.ActivityDeviationRecordedEvent;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.HeldEventRecordedEvent;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.project.ApplicationSignedEvent;
import ru.edu.innovation.api.project.ApplicationSubmittedEvent;
import ru.edu.innovation.api.project.CompleteProjectCommand;
import ru.edu.innovation.api.project.ExpertDecisionRecordedEvent;
import ru.edu.innovation.api.project.MinistryDecisionRecordedEvent;
import ru.edu.innovation.api.project.ProjectCompletedEvent;
import ru.edu.innovation.api.project.ProjectCompletion;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.ProjectDraftRegisteredEvent;
import ru.edu.innovation.api.project.ProjectDraftUpdatedEvent;
import ru.edu.innovation.api.project.RecordExpertDecisionCommand;
import ru.edu.innovation.api.project.RecordMinistryDecisionCommand;
import ru.edu.innovation.api.project.RegisterProjectDraftCommand;
import ru.edu.innovation.api.project.AssignReviewingInstituteCommand;
import ru.edu.innovation.api.project.ReviewingInstituteAssignedEvent;
import ru.edu.innovation.api.project.SignApplicationCommand;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.api.project.UpdateProjectDraftCommand;
import ru.edu.innovation.api.report.ReportKind;
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportReviewedEvent;
import ru.edu.innovation.api.report.ReportSignedEvent;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.report.ReportSubmittedEvent;
import ru.edu.innovation.api.report.ResubmitReportCommand;
import ru.edu.innovation.api.report.ReviewReportCommand;
import ru.edu.innovation.api.report.SignReportCommand;
import ru.edu.innovation.api.report.SubmitReportCommand;
import ru.edu.innovation.api.review.ApprovalCancelledEvent;
import ru.edu.innovation.api.review.RecordApprovalCancelledCommand;
import ru.edu.innovation.api.review.RecordReviewOverdueCommand;
import ru.edu.innovation.api.review.ReviewOverdueRecordedEvent;
import ru.edu.innovation.api.review.ReviewedItem;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.ReviewStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletedEvent;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.stage.StageCompletionRequestedEvent;
import ru.edu.innovation.api.stage.StageCompletionReviewedEvent;
import ru.edu.innovation.api.stage.StageStartedEvent;
import ru.edu.innovation.api.status.AssignStatusCommand;
import ru.edu.innovation.api.status.ExtendStatusCommand;
import ru.edu.innovation.api.status.RevokeStatusCommand;
import ru.edu.innovation.api.status.StatusAssignedEvent;
import ru.edu.innovation.api.status.StatusExtendedEvent;
import ru.edu.innovation.api.status.StatusExtension;
import ru.edu.innovation.api.status.StatusRevocation;
import ru.edu.innovation.api.status.StatusRevokedEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ru.edu.innovation.command.project.InnovationProject;
import ru.edu.innovation.command.project.ProjectFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.IMC_YAYA;
import static ru.edu.innovation.seeds.SeedProjects.KARTASHOVA;
import static ru.edu.innovation.seeds.SeedProjects.SCHOOL_12_MARIINSK;
import static ru.edu.innovation.seeds.SeedProjects.TIKHOMIROVA;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_PERIOD;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.imcYaya;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayHeld2023;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDaySeries;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminarHeld;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsActivity;
import static ru.edu.innovation.seeds.SeedProjects.transportDeviation;
import static ru.edu.innovation.seeds.SeedProjects.networkModelActivity;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaFirstDayDraft;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipants;
import static ru.edu.innovation.seeds.SeedProjects.yayaStages;
import static ru.edu.innovation.command.project.ProjectFixtures.*;

/**
 * The rules of the plan: activities planned, events held, deviations recorded. One behaviour per test, on the Yaya network project (seed 004) and its
 * interim report 2022–2023 (seed 000); the histories are {@link ProjectFixtures}'.
 */
class PlanTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    // ---- the plan and the events held --------------------------------------------------------

    @Nested
    @DisplayName("the calendar plan")
    class Plan {

        @Test
        @DisplayName("plans an activity of the roadmap and returns the new version")
        void plansActivity() {
            fixture.given(active())
                    .when(new PlanActivityCommand(PROJECT_ID, RESOURCE_MAP, resourceMapActivity()), AS_COORDINATOR)
                    .expectEvents(new ActivityPlannedEvent(PROJECT_ID, RESOURCE_MAP, resourceMapActivity()))
                    .expectResultMessagePayload(versionAfter(active(), 1));
        }

        @Test
        @DisplayName("rejects an activity for a task the project does not have")
        void rejectsUnknownTask() {
            ActivityPlan plan = new ActivityPlan(4, resourceMapActivity().title(), null,
                    LocalDate.of(2023, 2, 28), resourceMapActivity().responsible(), null, null);

            fixture.given(active())
                    .when(new PlanActivityCommand(PROJECT_ID, RESOURCE_MAP, plan), AS_COORDINATOR)
                    .expectException(violation("UNKNOWN_TASK"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects an activity deadline outside the project period")
        void rejectsDeadlineOutsidePeriod() {
            ActivityPlan plan = new ActivityPlan(2,
                    "Презентация проекта сетевого взаимодействия в рамках августовской конференции", null,
                    LocalDate.of(2024, 9, 30), "МБУ ИМЦ УО Яйского округа", null, "Презентация сетевого проекта");

            fixture.given(active())
                    .when(new PlanActivityCommand(PROJECT_ID, "august-conference", plan), AS_COORDINATOR)
                    .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects an activity id that is already planned")
        void rejectsDuplicateActivity() {
            fixture.given(withPlannedActivity())
                    .when(new PlanActivityCommand(PROJECT_ID, RESOURCE_MAP, networkModelActivity()), AS_COORDINATOR)
                    .expectException(violation("ALREADY_EXISTS"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("denies planning to a school of another organization")
        void deniesForeignPlanning() {
            fixture.given(active())
                    .when(new PlanActivityCommand(PROJECT_ID, RESOURCE_MAP, resourceMapActivity()), AS_FOREIGN_SCHOOL)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("events held and deviations")
    class HeldEvents {

        @Test
        @DisplayName("records a held event that fulfils a planned activity")
        void recordsHeldEvent() {
            List<Object> history = with(active(), new ActivityPlannedEvent(PROJECT_ID, CONFERENCE, conferenceActivity()));

            fixture.given(history)
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-conference", conferenceHeld(CONFERENCE)),
                            AS_COORDINATOR)
                    .expectEvents(new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld(CONFERENCE)))
                    .expectResultMessagePayload(versionAfter(history, 1));
        }

        @Test
        @DisplayName("rejects a held event dated in the future")
        void rejectsFutureDate() {
            HeldEvent forum = new HeldEvent(LocalDate.of(2024, 6, 20),
                    "Форум Центров образования «Точка роста»", EventLevel.MUNICIPAL, "очно",
                    new ParticipantCounts(40, 120, 30, 0), "Заполнены карты ресурсов Центров образования «Точка роста»",
                    null);

            fixture.given(active())
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-forum", forum), AS_COORDINATOR)
                    .expectException(violation("DATE_IN_FUTURE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a held event for an activity that is not planned")
        void rejectsUnplannedActivity() {
            fixture.given(active())
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-conference", conferenceHeld(CONFERENCE)),
                            AS_COORDINATOR)
                    .expectException(violation("UNKNOWN_ACTIVITY"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("records a deviation on an activity that was not held")
        void recordsDeviation() {
            List<Object> history = withMethodicalDayPlanned();

            fixture.given(history)
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, METHODICAL_DAY, TRANSPORT_DEVIATION),
                            AS_COORDINATOR)
                    .expectEvents(new ActivityDeviationRecordedEvent(PROJECT_ID, METHODICAL_DAY, TRANSPORT_DEVIATION))
                    .expectResultMessagePayload(versionAfter(history, 1));
        }

        @Test
        @DisplayName("records a deviation on an activity already held: done late or only partly")
        void recordsDeviationAfterHeldEvent() {
            List<Object> history = with(active(),
                    new ActivityPlannedEvent(PROJECT_ID, CONFERENCE, conferenceActivity()),
                    new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld(CONFERENCE)));

            fixture.given(history)
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, CONFERENCE, TRANSPORT_DEVIATION), AS_COORDINATOR)
                    .expectEvents(new ActivityDeviationRecordedEvent(PROJECT_ID, CONFERENCE, TRANSPORT_DEVIATION))
                    .expectResultMessagePayload(versionAfter(history, 1));
        }

        @Test
        @DisplayName("records a held event for an activity whose deviation was recorded first")
        void recordsHeldEventAfterDeviation() {
            List<Object> history = with(active(),
                    new ActivityPlannedEvent(PROJECT_ID, CONFERENCE, conferenceActivity()),
                    new ActivityDeviationRecordedEvent(PROJECT_ID, CONFERENCE, TRANSPORT_DEVIATION));

            fixture.given(history)
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-conference", conferenceHeld(CONFERENCE)),
                            AS_COORDINATOR)
                    .expectEvents(new HeldEventRecordedEvent(PROJECT_ID, "held-conference", conferenceHeld(CONFERENCE)));
        }

        @Test
        @DisplayName("rejects a deviation on an activity that is not planned")
        void rejectsDeviationOnUnknownActivity() {
            fixture.given(active())
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, METHODICAL_DAY, TRANSPORT_DEVIATION),
                            AS_COORDINATOR)
                    .expectException(UnknownProjectPartException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("asks who acts before it looks the activity up: another school hears it may not act, not what the plan holds")
        void refusesForeignSchoolBeforeLookingUp() {
            fixture.given(active())
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, METHODICAL_DAY, TRANSPORT_DEVIATION),
                            AS_FOREIGN_SCHOOL)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a second deviation on the same activity")
        void rejectsSecondDeviation() {
            List<Object> history = with(withMethodicalDayPlanned(),
                    new ActivityDeviationRecordedEvent(PROJECT_ID, METHODICAL_DAY, TRANSPORT_DEVIATION));

            fixture.given(history)
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, METHODICAL_DAY, TRANSPORT_DEVIATION),
                            AS_COORDINATOR)
                    .expectException(violation("DEVIATION_ALREADY_RECORDED"))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("a real year's plan: optional fields, series, corrections, cancellations, acts cited")
    class RealYear {

        private static final String CORRECTION = "Корректировка программы: методический день проводится ежегодно";

        @Test
        @DisplayName("plans an activity with neither task, deadline nor responsible, «в течение года»")
        void plansActivityWithoutDeadline() {
            fixture.given(active())
                    .when(new PlanActivityCommand(PROJECT_ID, "network-events", networkEventsActivity()), AS_COORDINATOR)
                    .expectEvents(new ActivityPlannedEvent(PROJECT_ID, "network-events", networkEventsActivity()));
        }

        @Test
        @DisplayName("amends an activity into a series, dated today when no date is given")
        void amendsActivity() {
            List<Object> history = withMethodicalDayPlanned();

            fixture.given(history)
                    .when(new AmendActivityCommand(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), CORRECTION, null)), AS_COORDINATOR)
                    .expectEvents(new ActivityAmendedEvent(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), CORRECTION, LocalDate.of(2023, 6, 15))))
                    .expectResultMessagePayload(versionAfter(history, 1));
        }

        @Test
        @DisplayName("rejects an amendment dated in the future")
        void rejectsFutureAmendment() {
            fixture.given(withMethodicalDayPlanned())
                    .when(new AmendActivityCommand(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), CORRECTION, LocalDate.of(2023, 9, 1))),
                            AS_COORDINATOR)
                    .expectException(violation("DATE_IN_FUTURE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects an amendment that plans a task the project does not have")
        void rejectsAmendmentForUnknownTask() {
            ActivityPlan series = methodicalDaySeries();
            ActivityPlan beyond = new ActivityPlan(9, series.title(), null, series.deadline(), null, null, null,
                    series.timing(), series.plannedSessions());

            fixture.given(withMethodicalDayPlanned())
                    .when(new AmendActivityCommand(PROJECT_ID, METHODICAL_DAY, new ActivityAmendment(beyond, CORRECTION, null)),
                            AS_COORDINATOR)
                    .expectException(violation("UNKNOWN_TASK"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects amending an activity that is not planned")
        void rejectsAmendingUnknownActivity() {
            fixture.given(active())
                    .when(new AmendActivityCommand(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), CORRECTION, null)), AS_COORDINATOR)
                    .expectException(UnknownProjectPartException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("denies an amendment to a school of another organization before looking the activity up")
        void deniesForeignAmendment() {
            fixture.given(withMethodicalDayPlanned())
                    .when(new AmendActivityCommand(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), CORRECTION, null)), AS_FOREIGN_SCHOOL)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("cancels an activity with its reason and the day it was decided")
        void cancelsActivity() {
            ActivityCancellation cancellation = new ActivityCancellation("Мероприятие объединено с августовской конференцией",
                    LocalDate.of(2023, 5, 10));

            fixture.given(withMethodicalDayPlanned())
                    .when(new CancelActivityCommand(PROJECT_ID, METHODICAL_DAY, cancellation), AS_COORDINATOR)
                    .expectEvents(new ActivityCancelledEvent(PROJECT_ID, METHODICAL_DAY, cancellation));
        }

        @Test
        @DisplayName("rejects a cancellation dated before the project began")
        void rejectsCancellationOutsideProject() {
            fixture.given(withMethodicalDayPlanned())
                    .when(new CancelActivityCommand(PROJECT_ID, METHODICAL_DAY,
                            new ActivityCancellation("Отменено", LocalDate.of(2021, 5, 10))), AS_COORDINATOR)
                    .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects cancelling or amending an activity already cancelled")
        void rejectsActingOnCancelled() {
            List<Object> history = with(withMethodicalDayPlanned(), new ActivityCancelledEvent(PROJECT_ID, METHODICAL_DAY,
                    new ActivityCancellation("Отменено", LocalDate.of(2023, 5, 10))));

            fixture.given(history)
                    .when(new CancelActivityCommand(PROJECT_ID, METHODICAL_DAY, new ActivityCancellation("Ещё раз", null)),
                            AS_COORDINATOR)
                    .expectException(violation("ACTIVITY_CANCELLED"))
                    .expectNoEvents();
            fixture.given(history)
                    .when(new AmendActivityCommand(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), CORRECTION, null)), AS_COORDINATOR)
                    .expectException(violation("ACTIVITY_CANCELLED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a held event for a cancelled activity")
        void rejectsHeldEventForCancelledActivity() {
            List<Object> history = with(withMethodicalDayPlanned(), new ActivityCancelledEvent(PROJECT_ID, METHODICAL_DAY,
                    new ActivityCancellation("Отменено", LocalDate.of(2023, 3, 10))));

            fixture.given(history)
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-day", methodicalDayHeld2023(METHODICAL_DAY)),
                            AS_COORDINATOR)
                    .expectException(violation("ACTIVITY_CANCELLED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("records a session of a series held in a month, with its presenter and audience")
        void recordsSessionByMonth() {
            List<Object> history = with(active(), new ActivityPlannedEvent(PROJECT_ID, METHODICAL_DAY, methodicalDaySeries()));

            fixture.given(history)
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-day-2023", methodicalDayHeld2023(METHODICAL_DAY)),
                            AS_COORDINATOR)
                    .expectEvents(new HeldEventRecordedEvent(PROJECT_ID, "held-day-2023", methodicalDayHeld2023(METHODICAL_DAY)));
        }

        @Test
        @DisplayName("rejects a held event in a month wholly before the project (it began 1 January 2023)")
        void rejectsMonthBeforeProject() {
            HeldEvent december = new HeldEvent(null, "Установочный семинар", null, null, null, null, null, "2022-12",
                    null, null, null, null);

            fixture.given(active())
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-december", december), AS_COORDINATOR)
                    .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a held event whose month is still ahead")
        void rejectsFutureMonth() {
            HeldEvent july = new HeldEvent(null, "Форум", null, null, null, null, null, "2023-07", null, null, null, null);

            fixture.given(active())
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-forum", july), AS_COORDINATOR)
                    .expectException(violation("DATE_IN_FUTURE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("records a deviation with management actions, one citing an act registered in the plan")
        void recordsDeviationCitingAct() {
            Deviation deviation = new Deviation(transportDeviation().reason(), List.of(
                    transportDeviation().managementActions().get(0),
                    new ManagementAction("Утвержден график сетевых мероприятий на 2023-2024", "network-schedule")));
            List<Object> history = with(withMethodicalDayPlanned(), new NormativeActRegisteredEvent(PROJECT_ID,
                    "network-schedule", new NormativeAct(NormativeActKind.PLAN, "12", LocalDate.of(2023, 5, 2),
                    "График сетевых мероприятий на 2023-2024", "Подвоз участников сетевых мероприятий")));

            fixture.given(history)
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, METHODICAL_DAY, deviation), AS_COORDINATOR)
                    .expectEvents(new ActivityDeviationRecordedEvent(PROJECT_ID, METHODICAL_DAY, deviation));
        }

        @Test
        @DisplayName("records a deviation with no management action")
        void recordsDeviationWithoutActions() {
            Deviation deviation = new Deviation(transportDeviation().reason(), List.of());

            fixture.given(withMethodicalDayPlanned())
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, METHODICAL_DAY, deviation), AS_COORDINATOR)
                    .expectEvents(new ActivityDeviationRecordedEvent(PROJECT_ID, METHODICAL_DAY, deviation));
        }

        @Test
        @DisplayName("rejects a management action citing an act the plan does not have")
        void rejectsUnknownAct() {
            Deviation deviation = new Deviation(transportDeviation().reason(),
                    List.of(new ManagementAction("Утвержден график сетевых мероприятий", "no-such-act")));

            fixture.given(withMethodicalDayPlanned())
                    .when(new RecordActivityDeviationCommand(PROJECT_ID, METHODICAL_DAY, deviation), AS_COORDINATOR)
                    .expectException(violation("UNKNOWN_NORMATIVE_ACT"))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("plan events stored at revision 1")
    class StoredAtRevision1 {

        private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();

        @Test
        @DisplayName("an activity, a held event and a deviation stored at revision 1 replay, and the activity can be amended")
        void replayAndAmend() {
            List<Object> history = with(active(),
                    upcast(ActivityPlannedEvent.class, """
                            {"projectId":"%s","activityId":"%s","plan":{"taskNumber":2,"title":"Муниципальный методический день",
                            "startDate":"2023-04-01","deadline":"2023-04-30","responsible":"МБУ ИМЦ УО Яйского округа",
                            "participants":null,"expectedResult":null}}"""),
                    upcast(HeldEventRecordedEvent.class, """
                            {"projectId":"%s","heldEventId":"held-day","event":{"date":"2023-04-20",
                            "title":"Муниципальный методический день","level":"MUNICIPAL","format":"очно",
                            "participants":{"teachers":31,"students":0,"parents":0,"others":0},
                            "resultsAndProducts":"Педагоги представили опыт","activityId":"%2$s"}}"""),
                    upcast(ActivityDeviationRecordedEvent.class, """
                            {"projectId":"%s","activityId":"%s","deviation":{"reason":"Перенесён с марта",
                            "managementAction":"Изменён график"}}"""));
            assertThat(((ActivityDeviationRecordedEvent) history.get(history.size() - 1)).deviation().managementActions())
                    .containsExactly(new ManagementAction("Изменён график", null));

            fixture.given(history)
                    .when(new AmendActivityCommand(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), "Корректировка программы", null)), AS_COORDINATOR)
                    .expectEvents(new ActivityAmendedEvent(PROJECT_ID, METHODICAL_DAY,
                            new ActivityAmendment(methodicalDaySeries(), "Корректировка программы", LocalDate.of(2023, 6, 15))));
        }

        private static Object upcast(Class<?> type, String revision1) {
            byte[] payload = revision1.formatted(PROJECT_ID, METHODICAL_DAY).replace("\n", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                    "event-1", Instant.parse("2023-04-21T03:00:00Z"), type.getName(), "1", payload, "{}".getBytes());
            return EventStreamUtils.upcastAndDeserializeDomainEvents(java.util.stream.Stream.of(stored), SERIALIZER,
                    new EventUpcasterChain(new PlanUpcaster(), new HeldEventCategoriesUpcaster())).next().getPayload();
        }
    }

    @Nested
    @DisplayName("held events stored at revision 2")
    class StoredAtRevision2 {

        private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();

        @Test
        @DisplayName("a held event stored with four numbers replays, and its id cannot be recorded again")
        void replayAndRefuseTheSameId() {
            byte[] payload = ("{\"projectId\":\"" + PROJECT_ID + "\",\"heldEventId\":\"held-conference\",\"event\":"
                    + "{\"date\":\"2023-03-17\",\"title\":\"Конференция\",\"level\":\"MUNICIPAL\",\"format\":null,"
                    + "\"participants\":{\"teachers\":14,\"students\":52,\"parents\":0,\"others\":3},"
                    + "\"resultsAndProducts\":null,\"activityId\":\"" + CONFERENCE + "\",\"month\":null,\"presenters\":[],"
                    + "\"hostOrganization\":null,\"direction\":null,\"audience\":[]}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("InnovationProject", PROJECT_ID, 0,
                    "event-1", Instant.parse("2023-03-20T03:00:00Z"), HeldEventRecordedEvent.class.getName(), "2",
                    payload, "{}".getBytes());
            HeldEventRecordedEvent held = (HeldEventRecordedEvent) EventStreamUtils.upcastAndDeserializeDomainEvents(
                    java.util.stream.Stream.of(stored), SERIALIZER, new HeldEventCategoriesUpcaster()).next().getPayload();
            assertThat(held.event().participantsTotal()).isEqualTo(69);

            fixture.given(with(active(), new ActivityPlannedEvent(PROJECT_ID, CONFERENCE, conferenceActivity()), held))
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-conference", conferenceHeld(CONFERENCE)),
                            AS_COORDINATOR)
                    .expectException(violation("ALREADY_EXISTS"))
                    .expectNoEvents();
        }
    }
}
