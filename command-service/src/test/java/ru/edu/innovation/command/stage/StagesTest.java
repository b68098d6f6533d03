package ru.edu.innovation.command.stage;

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
 * The rules of the stages: requesting a stage's completion and its review. One behaviour per test, on the Yaya network project (seed 004) and its
 * interim report 2022–2023 (seed 000); the histories are {@link ProjectFixtures}'.
 */
class StagesTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    // ---- stages ------------------------------------------------------------------------------

    @Nested
    @DisplayName("completing stages")
    class Stages {

        @Test
        @DisplayName("requests completion of the current stage")
        void requestsCompletion() {
            fixture.given(active())
                    .when(new RequestStageCompletionCommand(PROJECT_ID, 1, stageSummary(1)), AS_COORDINATOR)
                    .expectEvents(new StageCompletionRequestedEvent(PROJECT_ID, 1, stageSummary(1), COORDINATOR))
                    .expectResultMessagePayload(versionAfter(active(), 1));
        }

        @Test
        @DisplayName("completes stages in order")
        void completesInOrder() {
            fixture.given(active())
                    .when(new RequestStageCompletionCommand(PROJECT_ID, 2, stageSummary(2)), AS_COORDINATOR)
                    .expectException(violation("STAGE_OUT_OF_ORDER"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a pending request blocks a second one")
        void pendingRequestBlocksSecond() {
            fixture.given(with(active(), stageRequested(1)))
                    .when(new RequestStageCompletionCommand(PROJECT_ID, 1, stageSummary(1)), AS_COORDINATOR)
                    .expectException(violation("STAGE_COMPLETION_PENDING"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the institute approves a stage completion for the ministry")
        void instituteApprovesStage() {
            fixture.given(with(active(), stageRequested(1)))
                    .when(new ReviewStageCompletionCommand(PROJECT_ID, 1, ReviewLevel.INSTITUTE, APPROVE), AS_EXPERT)
                    .expectEvents(new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.INSTITUTE, APPROVE, EXPERT));
        }

        @Test
        @DisplayName("the institute reviewer of a stage cannot approve it at the ministry")
        void stageFourEyes() {
            fixture.given(with(active(), stageApprovedByInstitute(1)))
                    .when(new ReviewStageCompletionCommand(PROJECT_ID, 1, ReviewLevel.MINISTRY, APPROVE),
                            actor(EXPERT, "minobr", Role.MINISTRY))
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("ministry approval completes the stage and starts the next")
        void ministryApprovalStartsNextStage() {
            List<Object> history = with(active(), stageApprovedByInstitute(1));

            fixture.given(history)
                    .when(new ReviewStageCompletionCommand(PROJECT_ID, 1, ReviewLevel.MINISTRY, APPROVE), AS_OFFICIAL)
                    .expectEvents(
                            new StageCompletionReviewedEvent(PROJECT_ID, 1, ReviewLevel.MINISTRY, APPROVE, OFFICIAL),
                            new StageCompletedEvent(PROJECT_ID, 1),
                            new StageStartedEvent(PROJECT_ID, 2, "Этап реализации"))
                    .expectResultMessagePayload(versionAfter(history, 3));
        }

        @Test
        @DisplayName("approving the last stage starts no further stage")
        void lastStageStartsNothing() {
            fixture.given(with(inLastStage(), stageApprovedByInstitute(3)))
                    .when(new ReviewStageCompletionCommand(PROJECT_ID, 3, ReviewLevel.MINISTRY, APPROVE), AS_OFFICIAL)
                    .expectEvents(
                            new StageCompletionReviewedEvent(PROJECT_ID, 3, ReviewLevel.MINISTRY, APPROVE, OFFICIAL),
                            new StageCompletedEvent(PROJECT_ID, 3));
        }

        @Test
        @DisplayName("rejects a stage the project does not have")
        void rejectsUnknownStage() {
            fixture.given(active())
                    .when(new RequestStageCompletionCommand(PROJECT_ID, 4, stageSummary(4)), AS_COORDINATOR)
                    .expectException(UnknownProjectPartException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("before the status no stage runs: the request is refused for the status, not for an unknown stage")
        void refusesRequestBeforeStatus() {
            fixture.given(expertApproved())
                    .when(new RequestStageCompletionCommand(PROJECT_ID, 1, stageSummary(1)), AS_COORDINATOR)
                    .expectException(violation("STATUS_NOT_ASSIGNED"))
                    .expectNoEvents();
        }
    }
}
