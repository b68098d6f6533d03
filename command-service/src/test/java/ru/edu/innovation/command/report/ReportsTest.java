package ru.edu.innovation.command.report;

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
 * The rules of the reports: submission, and the review chain of each report. One behaviour per test, on the Yaya network project (seed 004) and its
 * interim report 2022–2023 (seed 000); the histories are {@link ProjectFixtures}'.
 */
class ReportsTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    // ---- reports -----------------------------------------------------------------------------

    @Nested
    @DisplayName("submitting reports")
    class SubmitReports {

        @Test
        @DisplayName("submits the interim report 2022–2023 and returns the new version")
        void submitsInterimReport() {
            fixture.given(active())
                    .when(new SubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023()), AS_COORDINATOR)
                    .expectEvents(frozenSubmission(active(), INTERIM_REPORT, interimReport2022_2023(), COORDINATOR))
                    .expectResultMessagePayload(versionAfter(active(), 1));
        }

        @Test
        @DisplayName("rejects a reporting period outside the project period")
        void rejectsPeriodOutsideProject() {
            ReportSubmission schoolYear2022_2023 = new ReportSubmission(ReportKind.INTERIM,
                    new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)), interimReportSections());

            fixture.given(active())
                    .when(new SubmitReportCommand(PROJECT_ID, INTERIM_REPORT, schoolYear2022_2023), AS_COORDINATOR)
                    .expectException(violation("OUTSIDE_PROJECT_PERIOD"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a second report of the same kind and period")
        void rejectsDuplicateReport() {
            fixture.given(interimSubmitted())
                    .when(new SubmitReportCommand(PROJECT_ID, "interim-2022-2023-bis", interimReport2022_2023()),
                            AS_COORDINATOR)
                    .expectException(violation("DUPLICATE_REPORT"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("accepts a new report for the period once the first was returned")
        void acceptsReportInPlaceOfReturned() {
            fixture.given(interimReturnedByInstitute())
                    .when(new SubmitReportCommand(PROJECT_ID, "interim-2022-2023-bis", interimReport2022_2023()),
                            AS_COORDINATOR)
                    .expectEvents(frozenSubmission(interimReturnedByInstitute(), "interim-2022-2023-bis",
                            interimReport2022_2023(), COORDINATOR));
        }

        @Test
        @DisplayName("rejects a final report before the last stage")
        void rejectsFinalReportBeforeLastStage() {
            fixture.given(with(active(), stageCompleted(1)))
                    .when(new SubmitReportCommand(PROJECT_ID, FINAL_REPORT, finalReport()), AS_COORDINATOR)
                    .expectException(violation("FINAL_REPORT_NOT_IN_LAST_STAGE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("accepts a final report once the last stage started")
        void acceptsFinalReportInLastStage() {
            fixture.given(inLastStage())
                    .when(new SubmitReportCommand(PROJECT_ID, FINAL_REPORT, finalReport()), AS_COORDINATOR)
                    .expectEvents(frozenSubmission(inLastStage(), FINAL_REPORT, finalReport(), COORDINATOR));
        }

        @Test
        @DisplayName("denies a report to a school of another organization")
        void deniesForeignReport() {
            fixture.given(active())
                    .when(new SubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023()),
                            AS_FOREIGN_SCHOOL)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("the report approval chain")
    class ReportChain {

        @Test
        @DisplayName("the leader signs a submitted report")
        void signsReport() {
            fixture.given(interimSubmitted())
                    .when(new SignReportCommand(PROJECT_ID, INTERIM_REPORT), AS_LEADER)
                    .expectEvents(new ReportSignedEvent(PROJECT_ID, INTERIM_REPORT, LEADER))
                    .expectResultMessagePayload(versionAfter(interimSubmitted(), 1));
        }

        @Test
        @DisplayName("rejects an institute review before the leader signed")
        void rejectsInstituteReviewBeforeSignature() {
            fixture.given(interimSubmitted())
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE), AS_EXPERT)
                    .expectException(violation("NOT_AWAITING_DECISION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a ministry review before the institute review")
        void rejectsMinistryReviewBeforeInstitute() {
            fixture.given(interimSigned())
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.MINISTRY, APPROVE),
                            AS_OFFICIAL)
                    .expectException(violation("NOT_AWAITING_DECISION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a report can be returned but not rejected")
        void rejectsRejectOnReport() {
            fixture.given(interimSigned())
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, REJECT), AS_EXPERT)
                    .expectException(violation("REJECT_NOT_ALLOWED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the signer cannot review the report at the institute")
        void signerIsNotInstituteReviewer() {
            fixture.given(interimSigned())
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE),
                            actor(LEADER, "kripkipro", Role.INSTITUTE))
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the institute reviewer cannot accept the report at the ministry")
        void instituteReviewerIsNotMinistry() {
            fixture.given(interimAcceptedByInstitute())
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.MINISTRY, APPROVE),
                            actor(EXPERT, "minobr", Role.MINISTRY))
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the institute returns a report for revision")
        void returnsReport() {
            fixture.given(interimSigned())
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, RETURN), AS_EXPERT)
                    .expectEvents(new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, RETURN,
                            EXPERT));
        }

        @Test
        @DisplayName("freezes a second resubmission as version 3, bound to the event before it")
        void numbersVersionsOfResubmissions() {
            List<Object> returnedTwice = with(interimReturnedByInstitute(),
                    frozenResubmission(interimReturnedByInstitute(), INTERIM_REPORT, interimReportSections(), COORDINATOR, 2),
                    new ReportSignedEvent(PROJECT_ID, INTERIM_REPORT, LEADER),
                    new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, RETURN, EXPERT));

            fixture.given(returnedTwice)
                    .when(new ResubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReportSections()), AS_COORDINATOR)
                    .expectEvents(frozenResubmission(returnedTwice, INTERIM_REPORT, interimReportSections(), COORDINATOR, 3));
        }

        @Test
        @DisplayName("resubmits a returned report")
        void resubmitsReturnedReport() {
            fixture.given(interimReturnedByInstitute())
                    .when(new ResubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReportSections()), AS_COORDINATOR)
                    .expectEvents(frozenResubmission(interimReturnedByInstitute(), INTERIM_REPORT, interimReportSections(),
                            COORDINATOR, 2))
                    .expectResultMessagePayload(versionAfter(interimReturnedByInstitute(), 1));
        }

        @Test
        @DisplayName("resubmits only a returned report")
        void resubmitsOnlyReturned() {
            fixture.given(interimSigned())
                    .when(new ResubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReportSections()), AS_COORDINATOR)
                    .expectException(violation("REPORT_NOT_RETURNED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a resubmitted report goes through the chain again, starting with the signature")
        void resubmissionRestartsChain() {
            fixture.given(active())
                    .andGivenCommands(
                            as(AS_COORDINATOR, new SubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023())),
                            as(AS_LEADER, new SignReportCommand(PROJECT_ID, INTERIM_REPORT)),
                            as(AS_EXPERT, new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE,
                                    APPROVE)),
                            as(AS_OFFICIAL, new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.MINISTRY,
                                    RETURN)),
                            as(AS_COORDINATOR, new ResubmitReportCommand(PROJECT_ID, INTERIM_REPORT,
                                    interimReportSections())))
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE), AS_EXPERT2)
                    .expectException(violation("NOT_AWAITING_DECISION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a report passes signature, institute review and ministry acceptance")
        void fullAcceptPath() {
            fixture.given(active())
                    .andGivenCommands(
                            as(AS_COORDINATOR, new SubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023())),
                            as(AS_LEADER, new SignReportCommand(PROJECT_ID, INTERIM_REPORT)),
                            as(AS_EXPERT, new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE,
                                    APPROVE)))
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.MINISTRY, APPROVE), AS_OFFICIAL)
                    .expectEvents(new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.MINISTRY, APPROVE,
                            OFFICIAL))
                    .expectResultMessagePayload(versionAfter(active(), 4));
        }
    }
}
