package ru.edu.innovation.command.indicator;

import jakarta.validation.Validation;
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
import ru.edu.innovation.api.indicator.ComponentValue;
import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.seeds.Seed002SupportSite;
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

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.IMC_YAYA;
import static ru.edu.innovation.seeds.SeedProjects.KARTASHOVA;
import static ru.edu.innovation.seeds.SeedProjects.SCHOOL_12_MARIINSK;
import static ru.edu.innovation.seeds.SeedProjects.TIKHOMIROVA;
import static ru.edu.innovation.seeds.SeedProjects.YAYA_PERIOD;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
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
 * The rules of the indicators and their values. One behaviour per test, on the Yaya network project (seed 004) and its
 * interim report 2022–2023 (seed 000); the histories are {@link ProjectFixtures}'.
 */
class IndicatorsTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    // ---- indicators --------------------------------------------------------------------------

    @Nested
    @DisplayName("indicators")
    class Indicators {

        @Test
        @DisplayName("defines an indicator of the project")
        void definesIndicator() {
            fixture.given(active())
                    .when(new DefineIndicatorCommand(PROJECT_ID, OGE_PHYSICS, ogeAverageScorePhysics()), AS_COORDINATOR)
                    .expectEvents(new IndicatorDefinedEvent(PROJECT_ID, OGE_PHYSICS, ogeAverageScorePhysics()))
                    .expectResultMessagePayload(versionAfter(active(), 1));
        }

        @Test
        @DisplayName("defines a criterion the program names without unit, baseline or target (seed 002)")
        void definesIndicatorWithoutUnit() {
            IndicatorDefinition criterion = Seed002SupportSite.indicators().get(2);
            fixture.given(active())
                    .when(new DefineIndicatorCommand(PROJECT_ID, "children-reached", criterion), AS_COORDINATOR)
                    .expectEvents(new IndicatorDefinedEvent(PROJECT_ID, "children-reached", criterion))
                    .expectResultMessagePayload(versionAfter(active(), 1));
            assertThat(Validation.buildDefaultValidatorFactory().getValidator().validate(criterion))
                    .as("the unit is optional at the door too").isEmpty();
        }

        @Test
        @DisplayName("records a value of a defined indicator")
        void recordsValue() {
            fixture.given(withPhysicsIndicator())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, OGE_PHYSICS, OGE_PHYSICS_2023), AS_COORDINATOR)
                    .expectEvents(new IndicatorValueRecordedEvent(PROJECT_ID, OGE_PHYSICS, OGE_PHYSICS_2023))
                    .expectResultMessagePayload(versionAfter(withPhysicsIndicator(), 1));
        }

        @Test
        @DisplayName("rejects a value of an indicator that is not defined")
        void rejectsUndefinedIndicator() {
            fixture.given(active())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, OGE_PHYSICS, OGE_PHYSICS_2023), AS_COORDINATOR)
                    .expectException(UnknownProjectPartException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a value for a period outside the project")
        void rejectsValueOutsidePeriod() {
            IndicatorValue oge2022 = new IndicatorValue(
                    new Period(LocalDate.of(2022, 5, 20), LocalDate.of(2022, 7, 10)), new BigDecimal("14.8"),
                    "ОГЭ 2022, до начала проекта");

            fixture.given(withPhysicsIndicator())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, OGE_PHYSICS, oge2022), AS_COORDINATOR)
                    .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a second value for the same period")
        void rejectsSecondValueForPeriod() {
            IndicatorValue corrected = new IndicatorValue(OGE_PHYSICS_2023.period(), new BigDecimal("16.4"), null);

            fixture.given(with(withPhysicsIndicator(),
                            new IndicatorValueRecordedEvent(PROJECT_ID, OGE_PHYSICS, OGE_PHYSICS_2023)))
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, OGE_PHYSICS, corrected), AS_COORDINATOR)
                    .expectException(violation("INDICATOR_VALUE_ALREADY_RECORDED"))
                    .expectNoEvents();
        }
    }

    // ---- indicators of several components ----------------------------------------------------

    @Nested
    @DisplayName("indicators of several components")
    class Components {

        private static final String DIAGNOSTICS = "competency-diagnostics";
        /** The school year 2022–2023 clipped to the project, which starts on 1 January 2023. */
        private static final Period SCHOOL_YEAR_2022_2023_CLIPPED =
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31));
        private static final Period CALENDAR_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

        private List<Object> withDiagnostics() {
            return with(active(), new IndicatorDefinedEvent(PROJECT_ID, DIAGNOSTICS, competencyDiagnostics()));
        }

        private IndicatorValue diagnostics(Period period, ValuePeriodKind kind, ComponentValue... values) {
            return new IndicatorValue(period, null, null, kind, List.of(values));
        }

        @Test
        @DisplayName("defines an indicator of five components without baseline, target of its own")
        void definesIndicatorOfComponents() {
            fixture.given(active())
                    .when(new DefineIndicatorCommand(PROJECT_ID, DIAGNOSTICS, competencyDiagnostics()), AS_COORDINATOR)
                    .expectEvents(new IndicatorDefinedEvent(PROJECT_ID, DIAGNOSTICS, competencyDiagnostics()));
        }

        @Test
        @DisplayName("records the components' values of a calendar year as written, 12 as 12 and 12.50 as 12.50")
        void recordsComponentValuesAsWritten() {
            IndicatorValue value = diagnostics(CALENDAR_2023, ValuePeriodKind.CALENDAR_YEAR,
                    new ComponentValue("Предметная", new BigDecimal("12")),
                    new ComponentValue("Цифровая", new BigDecimal("12.50")));

            fixture.given(withDiagnostics())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, DIAGNOSTICS, value), AS_COORDINATOR)
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(new TypeSafeMatcher<Object>() {
                                @Override
                                protected boolean matchesSafely(Object event) {
                                    List<ComponentValue> written = ((IndicatorValueRecordedEvent) event).value().components();
                                    return written.get(0).value().toPlainString().equals("12")
                                            && written.get(1).value().toPlainString().equals("12.50");
                                }

                                @Override
                                public void describeTo(Description description) {
                                    description.appendText("values at the scale they were written with");
                                }
                            }, org.axonframework.test.matchers.Matchers.andNoMore())));
        }

        @Test
        @DisplayName("records a school year clipped to the project's period")
        void recordsClippedSchoolYear() {
            IndicatorValue value = diagnostics(SCHOOL_YEAR_2022_2023_CLIPPED, ValuePeriodKind.SCHOOL_YEAR,
                    new ComponentValue("Методическая", new BigDecimal("7.1")));

            fixture.given(withDiagnostics())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, DIAGNOSTICS, value), AS_COORDINATOR)
                    .expectEvents(new IndicatorValueRecordedEvent(PROJECT_ID, DIAGNOSTICS, value));
        }

        @Test
        @DisplayName("records a whole calendar year that begins before the project")
        void recordsWholeYearMeetingTheProject() {
            Period year2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            IndicatorValue value = diagnostics(year2024, ValuePeriodKind.CALENDAR_YEAR,
                    new ComponentValue("Предметная", new BigDecimal("8")));

            fixture.given(withDiagnostics())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, DIAGNOSTICS, value), AS_COORDINATOR)
                    .expectEvents(new IndicatorValueRecordedEvent(PROJECT_ID, DIAGNOSTICS, value));
        }

        @Test
        @DisplayName("rejects a period named a school year that is neither the year nor the year clipped to the project")
        void rejectsPeriodThatIsNoYear() {
            IndicatorValue value = diagnostics(new Period(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 8, 31)),
                    ValuePeriodKind.SCHOOL_YEAR, new ComponentValue("Предметная", new BigDecimal("8")));

            fixture.given(withDiagnostics())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, DIAGNOSTICS, value), AS_COORDINATOR)
                    .expectException(violation("PERIOD_NOT_A_YEAR"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a calendar year that does not meet the project")
        void rejectsYearOutsideTheProject() {
            IndicatorValue value = diagnostics(new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                    ValuePeriodKind.CALENDAR_YEAR, new ComponentValue("Предметная", new BigDecimal("7.75")));

            fixture.given(withDiagnostics())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, DIAGNOSTICS, value), AS_COORDINATOR)
                    .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a value of a component the indicator does not have")
        void rejectsUnknownComponent() {
            IndicatorValue value = diagnostics(CALENDAR_2023, ValuePeriodKind.CALENDAR_YEAR,
                    new ComponentValue("Управленческая", new BigDecimal("6")));

            fixture.given(withDiagnostics())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, DIAGNOSTICS, value), AS_COORDINATOR)
                    .expectException(violation("UNKNOWN_INDICATOR_COMPONENT"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects components' values for an indicator without components")
        void rejectsComponentsOfPlainIndicator() {
            IndicatorValue value = new IndicatorValue(OGE_PHYSICS_2023.period(), null, null, ValuePeriodKind.DATES,
                    List.of(new ComponentValue("Предметная", BigDecimal.ONE)));

            fixture.given(withPhysicsIndicator())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, OGE_PHYSICS, value), AS_COORDINATOR)
                    .expectException(violation("UNKNOWN_INDICATOR_COMPONENT"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a value of nothing for an indicator without components")
        void rejectsValueOfNothing() {
            IndicatorValue value = new IndicatorValue(OGE_PHYSICS_2023.period(), null, "нет данных");

            fixture.given(withPhysicsIndicator())
                    .when(new RecordIndicatorValueCommand(PROJECT_ID, OGE_PHYSICS, value), AS_COORDINATOR)
                    .expectException(violation("INDICATOR_VALUE_MISSING"))
                    .expectNoEvents();
        }
    }
}
