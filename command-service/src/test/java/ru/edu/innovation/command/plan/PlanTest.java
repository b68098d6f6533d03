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
}
