package ru.edu.innovation.command.project;

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
import ru.edu.innovation.api.common.DecidingAct;
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
import ru.edu.innovation.api.status.StatusOrder;
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
 * The project's own rules: its draft, the application and its review, the status, the deadlines and
 * cancellations the approval processes report, and the rules that span its parts. One behaviour per test, on the Yaya network project (seed 004) and its
 * interim report 2022–2023 (seed 000); the histories are {@link ProjectFixtures}'.
 */
class InnovationProjectTest {

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProjectFixtures.newFixture();
    }

    // ---- the application ---------------------------------------------------------------------

    @Nested
    @DisplayName("registering a draft")
    class RegisterDraft {

        @Test
        @DisplayName("registers a draft for the school's own organization")
        void registersDraft() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, yayaNetworkProject()), AS_COORDINATOR)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
        }

        @Test
        @DisplayName("accepts the support site program of seed 002 with its three stages")
        void registersSupportSiteProgram() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand("mariinsk-cluster-2022", supportSiteProgram()),
                            AS_FOREIGN_SCHOOL)
                    .expectEvents(new ProjectDraftRegisteredEvent("mariinsk-cluster-2022", supportSiteProgram()));
        }

        @Test
        @DisplayName("registers a draft with only the level, the theme and the lead organization")
        void registersFirstDayDraft() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, yayaFirstDayDraft()), AS_COORDINATOR)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaFirstDayDraft()));
        }

        @Test
        @DisplayName("accepts stages named before the project's period")
        void registersStagesWithoutPeriod() {
            ProjectDetails details = yayaWith(yayaNetworkProject().leader(), null, null, yayaStages());

            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, details), AS_COORDINATOR)
                    .expectEvents(new ProjectDraftRegisteredEvent(PROJECT_ID, details));
        }

        @Test
        @DisplayName("refuses a leader whose login is not a user of the lead organization")
        void refusesForeignLeaderLogin() {
            ProjectDetails details = yayaWith(new Person("Карташова З.В.", "директор", KARTASHOVA), null, YAYA_PERIOD,
                    yayaStages());

            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, details), AS_COORDINATOR)
                    .expectException(violation("SIGNATORY_NOT_IN_ORGANIZATION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("denies a draft for another organization")
        void deniesForeignOrganization() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, yayaNetworkProject()), AS_FOREIGN_SCHOOL)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("denies a draft to a role other than school")
        void deniesNonSchoolRole() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, yayaNetworkProject()),
                            actor(EXPERT, IMC_YAYA, Role.INSTITUTE))
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a stage outside the project period")
        void rejectsStageOutsidePeriod() {
            List<StagePlan> stages = List.of(
                    yayaStages().get(0),
                    yayaStages().get(1),
                    new StagePlan("Итоговый этап", new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 30))));

            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, yayaWithStages(stages)), AS_COORDINATOR)
                    .expectException(violation("INVALID_STAGES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects overlapping stages")
        void rejectsOverlappingStages() {
            List<StagePlan> stages = List.of(
                    yayaStages().get(0),
                    new StagePlan("Этап реализации", new Period(LocalDate.of(2023, 2, 1), LocalDate.of(2024, 5, 31))),
                    yayaStages().get(2));

            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, yayaWithStages(stages)), AS_COORDINATOR)
                    .expectException(violation("INVALID_STAGES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a participant listed twice")
        void rejectsDuplicateParticipant() {
            List<ParticipantOrganization> participants = new ArrayList<>(yayaParticipants());
            participants.add(yayaParticipants().get(0));

            fixture.givenNoPriorActivity()
                    .when(new RegisterProjectDraftCommand(PROJECT_ID, yayaWithParticipants(participants)),
                            AS_COORDINATOR)
                    .expectException(violation("DUPLICATE_PARTICIPANT"))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("updating a draft")
    class UpdateDraft {

        @Test
        @DisplayName("updates a draft and returns the new version")
        void updatesDraft() {
            ProjectDetails revised = yayaWithParticipants(yayaParticipants().subList(0, 7));

            fixture.given(draft())
                    .when(new UpdateProjectDraftCommand(PROJECT_ID, revised), AS_COORDINATOR)
                    .expectEvents(new ProjectDraftUpdatedEvent(PROJECT_ID, revised))
                    .expectResultMessagePayload(versionAfter(draft(), 1));
        }

        @Test
        @DisplayName("rejects an update once the application is submitted")
        void rejectsUpdateAfterSubmit() {
            fixture.given(submitted())
                    .when(new UpdateProjectDraftCommand(PROJECT_ID, yayaNetworkProject()), AS_COORDINATOR)
                    .expectException(violation("NOT_A_DRAFT"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a stale expected version is reported before the rule the command also breaks")
        void staleVersionBeforeRule() {
            fixture.given(submitted())
                    .when(new UpdateProjectDraftCommand(PROJECT_ID, yayaNetworkProject()), expecting(AS_COORDINATOR, 0))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the current expected version lets the command through to its rules")
        void currentVersionReachesTheRules() {
            fixture.given(submitted())
                    .when(new UpdateProjectDraftCommand(PROJECT_ID, yayaNetworkProject()), expecting(AS_COORDINATOR, 1))
                    .expectException(violation("NOT_A_DRAFT"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("refuses an edit naming a deputy whose login is unknown")
        void refusesUnknownDeputyLogin() {
            ProjectDetails details = yayaWith(yayaNetworkProject().leader(),
                    new Person("Калинченко Виктория Сергеевна", "заместитель", "kalinchenko-typo"), YAYA_PERIOD,
                    yayaStages());

            fixture.given(draft())
                    .when(new UpdateProjectDraftCommand(PROJECT_ID, details), AS_COORDINATOR)
                    .expectException(violation("SIGNATORY_NOT_IN_ORGANIZATION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("keeps the lead organization fixed")
        void keepsLeadOrganization() {
            Organization otherLead = new Organization("school-yaya-2",
                    "МБОУ «Яйская средняя общеобразовательная школа №2»", "МБОУ «Яйская СОШ №2»",
                    imcYaya().territory(), null, null);

            fixture.given(draft())
                    .when(new UpdateProjectDraftCommand(PROJECT_ID, yayaWithLead(otherLead)), AS_COORDINATOR)
                    .expectException(violation("LEAD_ORGANIZATION_FIXED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("lets the school revise an application returned by the expert")
        void updatesReturnedApplication() {
            ProjectDetails revised = yayaWithParticipants(yayaParticipants().subList(0, 7));

            fixture.given(expertReturned())
                    .when(new UpdateProjectDraftCommand(PROJECT_ID, revised), AS_COORDINATOR)
                    .expectEvents(new ProjectDraftUpdatedEvent(PROJECT_ID, revised));
        }
    }

    @Nested
    @DisplayName("submitting and signing the application")
    class SubmitAndSign {

        @Test
        @DisplayName("submits a draft and returns the new version")
        void submitsDraft() {
            fixture.given(draft())
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectEvents(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR),
                            new ReviewingInstituteAssignedEvent(PROJECT_ID, IRO_KUZBASS, IRO_KUZBASS_NAME, COORDINATOR))
                    .expectResultMessagePayload(versionAfter(draft(), 2));
        }

        @Test
        @DisplayName("submits only a draft")
        void submitsOnlyDraft() {
            fixture.given(submitted())
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectException(violation("NOT_A_DRAFT"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("denies submission by a school of another organization")
        void deniesForeignSubmission() {
            fixture.given(draft())
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_FOREIGN_SCHOOL)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the leader signs a submitted application")
        void signsSubmitted() {
            fixture.given(submitted())
                    .when(new SignApplicationCommand(PROJECT_ID), AS_LEADER)
                    .expectEvents(new ApplicationSignedEvent(PROJECT_ID, LEADER))
                    .expectResultMessagePayload(versionAfter(submitted(), 1));
        }

        @Test
        @DisplayName("signs only a submitted application")
        void signsOnlySubmitted() {
            fixture.given(draft())
                    .when(new SignApplicationCommand(PROJECT_ID), AS_LEADER)
                    .expectException(violation("NOT_AWAITING_DECISION"))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("what the application needs to be submitted")
    class Completeness {

        @Test
        @DisplayName("names every missing field of a first-day draft in one refusal")
        void namesEveryMissingField() {
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaFirstDayDraft()))
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectException(incomplete("goal", "tasks", "period", "stages", "leader"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("asks for the leader's login")
        void asksForLeaderLogin() {
            ProjectDetails details = yayaWith(new Person("Тихомирова Светлана Анатольевна", "директор"), null,
                    YAYA_PERIOD, yayaStages());

            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, details))
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectException(incomplete("leader.login"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("submits once the draft was completed by an edit")
        void submitsCompletedDraft() {
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaFirstDayDraft()),
                            new ProjectDraftUpdatedEvent(PROJECT_ID, yayaNetworkProject()))
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectEvents(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR),
                            new ReviewingInstituteAssignedEvent(PROJECT_ID, IRO_KUZBASS, IRO_KUZBASS_NAME, COORDINATOR));
        }
    }

    @Nested
    @DisplayName("who signs the application and reports")
    class Signatories {

        @Test
        @DisplayName("a coordinator of the school cannot sign the application")
        void coordinatorDoesNotSignApplication() {
            fixture.given(submitted())
                    .when(new SignApplicationCommand(PROJECT_ID), AS_OTHER_COORDINATOR)
                    .expectException(NotProjectSignatoryException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the leader who submitted the application cannot sign it too")
        void leaderDoesNotSignOwnSubmission() {
            fixture.given(with(draft(), new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, LEADER)))
                    .when(new SignApplicationCommand(PROJECT_ID), AS_LEADER)
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the deputy named in the application signs it")
        void deputySigns() {
            ProjectDetails details = yayaWith(yayaNetworkProject().leader(),
                    new Person("Калинченко Виктория Сергеевна", "заместитель руководителя проекта", OTHER_COORDINATOR),
                    YAYA_PERIOD, yayaStages());

            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, details),
                            new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR))
                    .when(new SignApplicationCommand(PROJECT_ID), AS_OTHER_COORDINATOR)
                    .expectEvents(new ApplicationSignedEvent(PROJECT_ID, OTHER_COORDINATOR));
        }

        @Test
        @DisplayName("a coordinator of the school cannot sign a report")
        void coordinatorDoesNotSignReport() {
            fixture.given(interimSubmitted())
                    .when(new SignReportCommand(PROJECT_ID, INTERIM_REPORT), AS_OTHER_COORDINATOR)
                    .expectException(NotProjectSignatoryException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the leader who submitted a report cannot sign it too")
        void leaderDoesNotSignOwnReport() {
            fixture.given(with(active(), new ReportSubmittedEvent(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023(),
                            LEADER, null, null, null)))
                    .when(new SignReportCommand(PROJECT_ID, INTERIM_REPORT), AS_LEADER)
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a project submitted before logins were bound is signed by another user of the school")
        void unboundProjectKeepsTheEarlierRule() {
            fixture.given(submittedWithoutLogin())
                    .when(new SignApplicationCommand(PROJECT_ID), AS_OTHER_COORDINATOR)
                    .expectEvents(new ApplicationSignedEvent(PROJECT_ID, OTHER_COORDINATOR));
        }

        @Test
        @DisplayName("a project submitted before logins were bound is not signed by its submitter")
        void unboundProjectNotSignedBySubmitter() {
            fixture.given(submittedWithoutLogin())
                    .when(new SignApplicationCommand(PROJECT_ID), AS_COORDINATOR)
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        private static List<Object> submittedWithoutLogin() {
            return List.of(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaWith(
                            new Person("Тихомирова Светлана Анатольевна", "директор"), null, YAYA_PERIOD, yayaStages())),
                    new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR));
        }

        @Test
        @DisplayName("the first edit of a draft registered without a login binds the leader")
        void firstEditBindsTheLeader() {
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaWith(
                                    new Person("Тихомирова Светлана Анатольевна", "директор"), null, YAYA_PERIOD,
                                    yayaStages())),
                            new ProjectDraftUpdatedEvent(PROJECT_ID, yayaNetworkProject()),
                            new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR))
                    .when(new SignApplicationCommand(PROJECT_ID), AS_OTHER_COORDINATOR)
                    .expectException(NotProjectSignatoryException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("the expert review at the institute")
    class ExpertReview {

        @Test
        @DisplayName("the expert approves a signed application")
        void approvesSigned() {
            fixture.given(signed())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_EXPERT)
                    .expectEvents(new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, EXPERT))
                    .expectResultMessagePayload(versionAfter(signed(), 1));
        }

        @Test
        @DisplayName("decides only on a signed application")
        void decidesOnlyOnSigned() {
            fixture.given(submitted())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_EXPERT)
                    .expectException(violation("NOT_AWAITING_DECISION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("requires the institute role")
        void requiresInstituteRole() {
            fixture.given(signed())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_OFFICIAL)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("an expert of another body than the one the chain's route names is refused, whoever let them take the task")
        void expertOfAnotherBodyIsRefused() {
            fixture.given(signed())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), routedTo(AS_EXPERT, IRO_KUZBASS))
                    .expectException(accessDenied("NOT_ROUTED_BODY"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the expert of the body the route names decides")
        void expertOfTheRoutedBodyDecides() {
            fixture.given(signed())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), routedTo(AS_EXPERT, KRIPKIPRO))
                    .expectEvents(new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, EXPERT));
        }

        @Test
        @DisplayName("a ministry's official of another body than the routed decider cannot assign the status")
        void deciderOfAnotherBodyIsRefused() {
            fixture.given(expertApproved())
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()), routedTo(AS_OFFICIAL, "uo-mariinsk"))
                    .expectException(accessDenied("NOT_ROUTED_BODY"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the submitter cannot be the expert")
        void submitterIsNotExpert() {
            fixture.given(signed())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE),
                            actor(COORDINATOR, "kripkipro", Role.INSTITUTE))
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the signer cannot be the expert")
        void signerIsNotExpert() {
            fixture.given(signed())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE),
                            actor(LEADER, "kripkipro", Role.INSTITUTE))
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("an application returned by the expert can be submitted again")
        void resubmitsReturned() {
            fixture.given(expertReturned())
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectEvents(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR),
                            new ReviewingInstituteAssignedEvent(PROJECT_ID, IRO_KUZBASS, IRO_KUZBASS_NAME, COORDINATOR));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("ru.edu.innovation.command.project.InnovationProjectTest#commandsAfterRejection")
        @DisplayName("a rejected application accepts no further command")
        void rejectedIsClosed(String name, Object command, Map<String, Object> metaData) {
            fixture.given(expertRejected())
                    .when(command, metaData)
                    .expectException(violation("PROJECT_CLOSED"))
                    .expectNoEvents();
        }
    }

    static Stream<Arguments> commandsAfterRejection() {
        return Stream.of(
                Arguments.of("update", new UpdateProjectDraftCommand(PROJECT_ID, yayaNetworkProject()), AS_COORDINATOR),
                Arguments.of("submit", new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR),
                Arguments.of("expert decision", new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_EXPERT2),
                Arguments.of("assign status", new AssignStatusCommand(PROJECT_ID, statusOrder2469()), AS_OFFICIAL));
    }

    @Nested
    @DisplayName("the reviewing institute")
    class ReviewingInstitute {

        @Test
        @DisplayName("a first submission without an institute is refused")
        void firstSubmissionNeedsAnInstitute() {
            fixture.given(draft())
                    .when(new SubmitApplicationCommand(PROJECT_ID, null), AS_COORDINATOR)
                    .expectException(violation("REVIEWING_INSTITUTE_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("an organization that is no known institute is refused")
        void unknownInstituteIsRefused() {
            fixture.given(draft())
                    .when(new SubmitApplicationCommand(PROJECT_ID, "minobr-kuzbass"), AS_COORDINATOR)
                    .expectException(violation("UNKNOWN_INSTITUTE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a resubmission without an institute keeps the one named before")
        void resubmissionKeepsTheInstitute() {
            fixture.given(reviewedBy(IRO_KUZBASS, expertReturned()))
                    .when(new SubmitApplicationCommand(PROJECT_ID, null), AS_COORDINATOR)
                    .expectEvents(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR));
        }

        @Test
        @DisplayName("the expert of the reviewing institute decides on the application")
        void reviewingInstitutesExpertDecides() {
            fixture.given(reviewedBy(IRO_KUZBASS, signed()))
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_IRO_EXPERT)
                    .expectEvents(new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, IRO_EXPERT));
        }

        @Test
        @DisplayName("an expert of another institute may not decide on the application")
        void otherInstituteMayNotDecideOnTheApplication() {
            fixture.given(reviewedBy(IRO_KUZBASS, signed()))
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_EXPERT)
                    .expectException(accessDenied("NOT_REVIEWING_INSTITUTE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("an expert of another institute may not review the project's report")
        void otherInstituteMayNotReviewAReport() {
            fixture.given(reviewedBy(IRO_KUZBASS, interimSigned()))
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE), AS_EXPERT)
                    .expectException(accessDenied("NOT_REVIEWING_INSTITUTE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("an expert of another institute may not approve the project's stage completion")
        void otherInstituteMayNotReviewAStage() {
            fixture.given(reviewedBy(IRO_KUZBASS, with(active(), stageRequested(1))))
                    .when(new ReviewStageCompletionCommand(PROJECT_ID, 1, ReviewLevel.INSTITUTE, APPROVE), AS_EXPERT)
                    .expectException(accessDenied("NOT_REVIEWING_INSTITUTE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the reviewing institute's expert reviews the project's report")
        void reviewingInstituteReviewsTheReport() {
            fixture.given(reviewedBy(IRO_KUZBASS, interimSigned()))
                    .when(new ReviewReportCommand(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE), AS_IRO_EXPERT)
                    .expectEvents(new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE,
                            IRO_EXPERT));
        }

        @Test
        @DisplayName("the ministry moves an application waiting at the institute to another institute")
        void ministryChangesTheInstitute() {
            fixture.given(reviewedBy(IRO_KUZBASS, signed()))
                    .when(new AssignReviewingInstituteCommand(PROJECT_ID, KRIPKIPRO), AS_OFFICIAL)
                    .expectEvents(new ReviewingInstituteAssignedEvent(PROJECT_ID, KRIPKIPRO, KRIPKIPRO_NAME, OFFICIAL));
        }

        @Test
        @DisplayName("after the move the first institute's expert may no longer decide")
        void movedAwayInstituteMayNotDecide() {
            fixture.given(with(reviewedBy(IRO_KUZBASS, signed()),
                            new ReviewingInstituteAssignedEvent(PROJECT_ID, KRIPKIPRO, KRIPKIPRO_NAME, OFFICIAL)))
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_IRO_EXPERT)
                    .expectException(accessDenied("NOT_REVIEWING_INSTITUTE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("only the ministry names the reviewing institute")
        void onlyTheMinistryChangesTheInstitute() {
            fixture.given(reviewedBy(IRO_KUZBASS, signed()))
                    .when(new AssignReviewingInstituteCommand(PROJECT_ID, KRIPKIPRO), AS_IRO_EXPERT)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the institute cannot be changed once it decided on the application")
        void noChangeAfterTheInstitutesDecision() {
            fixture.given(reviewedBy(IRO_KUZBASS, active()))
                    .when(new AssignReviewingInstituteCommand(PROJECT_ID, KRIPKIPRO), AS_OFFICIAL)
                    .expectException(violation("INSTITUTE_REVIEW_DECIDED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the ministry names an institute for a running project stored before institutes were named")
        void legacyProjectGetsItsInstitute() {
            fixture.given(active())
                    .when(new AssignReviewingInstituteCommand(PROJECT_ID, IRO_KUZBASS), AS_OFFICIAL)
                    .expectEvents(new ReviewingInstituteAssignedEvent(PROJECT_ID, IRO_KUZBASS, IRO_KUZBASS_NAME, OFFICIAL));
        }

        @Test
        @DisplayName("the ministry may not name an organization that is no institute")
        void ministryMayNotNameAnUnknownInstitute() {
            fixture.given(reviewedBy(IRO_KUZBASS, signed()))
                    .when(new AssignReviewingInstituteCommand(PROJECT_ID, "imc-yaya"), AS_OFFICIAL)
                    .expectException(violation("UNKNOWN_INSTITUTE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("on a project stored before institutes were named any institute decides, as before")
        void legacyProjectAnyInstituteDecides() {
            fixture.given(signed())
                    .when(new RecordExpertDecisionCommand(PROJECT_ID, APPROVE), AS_IRO_EXPERT)
                    .expectEvents(new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, IRO_EXPERT));
        }

        /** {@code history} with the institute named at the first submission (right after the draft). */
        private List<Object> reviewedBy(String institute, List<Object> history) {
            List<Object> events = new ArrayList<>(history);
            events.add(1, new ReviewingInstituteAssignedEvent(PROJECT_ID, institute,
                    INSTITUTES.nameOf(institute).orElseThrow(), COORDINATOR));
            return events;
        }
    }

    @Nested
    @DisplayName("routing by level and region")
    class Routing {

        @Test
        @DisplayName("a federal site is recorded, not routed: its application is refused")
        void federalApplicationIsRefused() {
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, atLevel(yayaNetworkProject(), StatusLevel.FEDERAL)))
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectException(violation("FEDERAL_NOT_ROUTED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a school of no configured region has no route and cannot submit")
        void schoolWithoutRouteIsRefused() {
            ProjectDetails yaya = yayaNetworkProject();
            Organization tomsk = new Organization("school-tomsk", "МАОУ СОШ г. Томска", null, "г. Томск", null, null);
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, new ProjectDetails(yaya.levelAppliedFor(), yaya.theme(),
                            yaya.goal(), yaya.tasks(), yaya.direction(), yaya.period(), yaya.stages(), tomsk,
                            yaya.participants(), yaya.leader(), yaya.deputy(), yaya.coordinators(),
                            yaya.scientificConsultant(), yaya.team(), yaya.partners(), yaya.risks())))
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), actor("tomsk", "school-tomsk", Role.SCHOOL))
                    .expectException(violation("NO_REVIEW_ROUTE"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a school names an institute of its own region only")
        void instituteOfAnotherRegionIsRefused() {
            fixture.given(draft())
                    .when(new SubmitApplicationCommand(PROJECT_ID, "airo-altai"), AS_COORDINATOR)
                    .expectException(violation("INSTITUTE_OF_ANOTHER_REGION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the ministry names an institute of the project's region only")
        void ministryNamesAnInstituteOfTheRegion() {
            fixture.given(submitted())
                    .when(new AssignReviewingInstituteCommand(PROJECT_ID, "airo-altai"), AS_OFFICIAL)
                    .expectException(violation("INSTITUTE_OF_ANOTHER_REGION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("another region's ministry may not revoke, extend or complete a project, nor name its institute")
        void anotherRegionsMinistryIsRefused() {
            Map<String, Object> altaiMinistry = actor("minobr-altai-spec", "minobr-altai", Role.MINISTRY);
            fixture.given(active())
                    .when(new RevokeStatusCommand(PROJECT_ID, new StatusRevocation("17-р", LocalDate.of(2023, 9, 1),
                            "Проект другого региона")), altaiMinistry)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
            fixture.given(submitted())
                    .when(new AssignReviewingInstituteCommand(PROJECT_ID, IRO_KUZBASS), altaiMinistry)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("a municipal site is submitted without an institute: its municipal bodies review it")
        void municipalSiteNeedsNoInstitute() {
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, atLevel(yayaNetworkProject(), StatusLevel.MUNICIPAL)))
                    .when(new SubmitApplicationCommand(PROJECT_ID, null), AS_COORDINATOR)
                    .expectEvents(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.MUNICIPAL, IMC_YAYA, COORDINATOR));
        }

        @Test
        @DisplayName("a municipal site's status is a распоряжение of the education authority that decided")
        void municipalStatusIsTheAuthoritysDirective() {
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, atLevel(yayaNetworkProject(), StatusLevel.MUNICIPAL)),
                            new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.MUNICIPAL, IMC_YAYA, COORDINATOR),
                            new ApplicationSignedEvent(PROJECT_ID, LEADER),
                            new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, EXPERT))
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()), actor("uo-yaya-head", "uo-yaya", Role.MINISTRY))
                    .expectEvents(
                            new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), "uo-yaya-head", DecidingAct.MUNICIPAL_DIRECTIVE, "uo-yaya"),
                            new StageStartedEvent(PROJECT_ID, 1, "Подготовительный этап"));
        }

        @Test
        @DisplayName("a support site's status is an order of the institute that decided")
        void supportSiteStatusIsTheInstitutesOrder() {
            fixture.given(new ProjectDraftRegisteredEvent(PROJECT_ID, atLevel(yayaNetworkProject(), StatusLevel.INSTITUTE_SUPPORT_SITE)),
                            new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.INSTITUTE_SUPPORT_SITE, IMC_YAYA, COORDINATOR),
                            new ApplicationSignedEvent(PROJECT_ID, LEADER),
                            new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, EXPERT))
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()), actor("rector", KRIPKIPRO, Role.MINISTRY))
                    .expectEvents(
                            new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), "rector", DecidingAct.INSTITUTE_ORDER, KRIPKIPRO),
                            new StageStartedEvent(PROJECT_ID, 1, "Подготовительный этап"));
        }

        private static ProjectDetails atLevel(ProjectDetails details, StatusLevel level) {
            return new ProjectDetails(level, details.theme(), details.goal(), details.tasks(), details.direction(),
                    details.period(), details.stages(), details.leadOrganization(), details.participants(),
                    details.leader(), details.deputy(), details.coordinators(), details.scientificConsultant(),
                    details.team(), details.partners(), details.risks());
        }
    }

    @Nested
    @DisplayName("the ministry decision")
    class MinistryDecision {

        @Test
        @DisplayName("rejects a status whose validity ends before it starts")
        void rejectsReversedValidity() {
            StatusOrder order = statusOrder2469();
            fixture.given(expertApproved())
                    .when(new AssignStatusCommand(PROJECT_ID, new StatusOrder(order.level(), order.orderNumber(),
                            order.orderDate(), order.validTo(), order.validFrom())), AS_OFFICIAL)
                    .expectException(violation("VALIDITY_REVERSED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("assigning the status starts the first stage")
        void assignsStatusAndStartsFirstStage() {
            fixture.given(expertApproved())
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()), AS_OFFICIAL)
                    .expectEvents(
                            new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), OFFICIAL, DecidingAct.MINISTRY_ORDER, "minobr"),
                            new StageStartedEvent(PROJECT_ID, 1, "Подготовительный этап"))
                    .expectResultMessagePayload(versionAfter(expertApproved(), 2));
        }

        @Test
        @DisplayName("assigns the status only after the expert approved")
        void assignsOnlyAfterExpertApproval() {
            fixture.given(signed())
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()), AS_OFFICIAL)
                    .expectException(violation("NOT_AWAITING_DECISION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("requires the ministry role to assign the status")
        void requiresMinistryRole() {
            fixture.given(expertApproved())
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()), AS_EXPERT2)
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the expert cannot decide at the ministry")
        void expertIsNotMinistry() {
            fixture.given(expertApproved())
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()),
                            actor(EXPERT, "minobr", Role.MINISTRY))
                    .expectException(violation("FOUR_EYES"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("approval needs the order that assigns the status")
        void approvalRequiresOrder() {
            fixture.given(expertApproved())
                    .when(new RecordMinistryDecisionCommand(PROJECT_ID, APPROVE), AS_OFFICIAL)
                    .expectException(violation("APPROVAL_REQUIRES_ORDER"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("the ministry returns an application for revision")
        void returnsApplication() {
            fixture.given(expertApproved())
                    .when(new RecordMinistryDecisionCommand(PROJECT_ID, RETURN), AS_OFFICIAL)
                    .expectEvents(new MinistryDecisionRecordedEvent(PROJECT_ID, RETURN, OFFICIAL))
                    .expectResultMessagePayload(versionAfter(expertApproved(), 1));
        }

        @Test
        @DisplayName("an application returned by the ministry can be submitted again")
        void resubmitsAfterMinistryReturn() {
            fixture.given(with(expertApproved(), new MinistryDecisionRecordedEvent(PROJECT_ID, RETURN, OFFICIAL)))
                    .when(new SubmitApplicationCommand(PROJECT_ID, IRO_KUZBASS), AS_COORDINATOR)
                    .expectEvents(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR),
                            new ReviewingInstituteAssignedEvent(PROJECT_ID, IRO_KUZBASS, IRO_KUZBASS_NAME, COORDINATOR));
        }
    }

    // ---- nothing runs before the status ------------------------------------------------------

    @Nested
    @DisplayName("before the status is assigned")
    class BeforeStatus {

        @Test
        @DisplayName("rejects planning an activity before status is assigned")
        void rejectsPlanning() {
            fixture.given(expertApproved())
                    .when(new PlanActivityCommand(PROJECT_ID, RESOURCE_MAP, resourceMapActivity()), AS_COORDINATOR)
                    .expectException(violation("STATUS_NOT_ASSIGNED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects recording a held event before status is assigned")
        void rejectsHeldEvent() {
            fixture.given(expertApproved())
                    .when(new RecordHeldEventCommand(PROJECT_ID, "held-conference", conferenceHeld(null)),
                            AS_COORDINATOR)
                    .expectException(violation("STATUS_NOT_ASSIGNED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects defining an indicator before status is assigned")
        void rejectsIndicator() {
            fixture.given(expertApproved())
                    .when(new DefineIndicatorCommand(PROJECT_ID, OGE_PHYSICS, ogeAverageScorePhysics()), AS_COORDINATOR)
                    .expectException(violation("STATUS_NOT_ASSIGNED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("rejects a report before status is assigned")
        void rejectsReport() {
            fixture.given(expertApproved())
                    .when(new SubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023()), AS_COORDINATOR)
                    .expectException(violation("STATUS_NOT_ASSIGNED"))
                    .expectNoEvents();
        }
    }

    // ---- the status --------------------------------------------------------------------------

    @Nested
    @DisplayName("extending, revoking and completing")
    class Status {

        @Test
        @DisplayName("extends the status to a later date")
        void extendsStatus() {
            StatusExtension extension = new StatusExtension("3105", LocalDate.of(2024, 6, 28), LocalDate.of(2024, 12, 31));

            fixture.given(active())
                    .when(new ExtendStatusCommand(PROJECT_ID, extension), AS_OFFICIAL)
                    .expectEvents(new StatusExtendedEvent(PROJECT_ID, extension, OFFICIAL))
                    .expectResultMessagePayload(versionAfter(active(), 1));
        }

        @Test
        @DisplayName("an extension must move the end of the status later")
        void extensionMustBeLater() {
            StatusExtension sameEnd = new StatusExtension("3105", LocalDate.of(2024, 6, 28), LocalDate.of(2024, 8, 31));

            fixture.given(active())
                    .when(new ExtendStatusCommand(PROJECT_ID, sameEnd), AS_OFFICIAL)
                    .expectException(violation("EXTENSION_NOT_LATER"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("revokes the status")
        void revokesStatus() {
            fixture.given(active())
                    .when(new RevokeStatusCommand(PROJECT_ID, REVOCATION), AS_OFFICIAL)
                    .expectEvents(new StatusRevokedEvent(PROJECT_ID, REVOCATION, OFFICIAL));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("ru.edu.innovation.command.project.InnovationProjectTest#commandsOnRunningProject")
        @DisplayName("a revoked project accepts no further command")
        void revokedIsClosed(String name, Object command, Map<String, Object> metaData) {
            fixture.given(with(active(), new StatusRevokedEvent(PROJECT_ID, REVOCATION, OFFICIAL)))
                    .when(command, metaData)
                    .expectException(violation("PROJECT_CLOSED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("completes a project only after all stages are completed")
        void completionNeedsAllStages() {
            fixture.given(finalReportAccepted(inLastStage()))
                    .when(new CompleteProjectCommand(PROJECT_ID, COMPLETION), AS_OFFICIAL)
                    .expectException(violation("STAGES_NOT_COMPLETED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("completes a project only after the final report is accepted")
        void completionNeedsAcceptedFinalReport() {
            List<Object> finalReportAtMinistry = with(allStagesCompleted(),
                    new ReportSubmittedEvent(PROJECT_ID, FINAL_REPORT, finalReport(), COORDINATOR, null, null, null),
                    new ReportSignedEvent(PROJECT_ID, FINAL_REPORT, LEADER),
                    new ReportReviewedEvent(PROJECT_ID, FINAL_REPORT, ReviewLevel.INSTITUTE, APPROVE, EXPERT));

            fixture.given(finalReportAtMinistry)
                    .when(new CompleteProjectCommand(PROJECT_ID, COMPLETION), AS_OFFICIAL)
                    .expectException(violation("FINAL_REPORT_NOT_ACCEPTED"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("completes a project with all stages completed and the final report accepted")
        void completesProject() {
            List<Object> history = finalReportAccepted(allStagesCompleted());

            fixture.given(history)
                    .when(new CompleteProjectCommand(PROJECT_ID, COMPLETION), AS_OFFICIAL)
                    .expectEvents(new ProjectCompletedEvent(PROJECT_ID, COMPLETION, OFFICIAL))
                    .expectResultMessagePayload(versionAfter(history, 1));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("ru.edu.innovation.command.project.InnovationProjectTest#commandsOnRunningProject")
        @DisplayName("a completed project accepts no further command")
        void completedIsClosed(String name, Object command, Map<String, Object> metaData) {
            fixture.given(with(finalReportAccepted(allStagesCompleted()),
                            new ProjectCompletedEvent(PROJECT_ID, COMPLETION, OFFICIAL)))
                    .when(command, metaData)
                    .expectException(violation("PROJECT_CLOSED"))
                    .expectNoEvents();
        }
    }

    private static final StatusRevocation REVOCATION = new StatusRevocation("1780", LocalDate.of(2023, 11, 20),
            "Неисполнение плана реализации инновационного проекта");

    private static final ProjectCompletion COMPLETION = new ProjectCompletion(
            "Модель сетевого взаимодействия Центров образования «Точка роста» внедрена; итоговый отчёт принят");

    static Stream<Arguments> commandsOnRunningProject() {
        return Stream.of(
                Arguments.of("plan activity",
                        new PlanActivityCommand(PROJECT_ID, "forum-2024", methodicalDayActivity()), AS_COORDINATOR),
                Arguments.of("submit report",
                        new SubmitReportCommand(PROJECT_ID, "interim-2023-2024", interimReport2022_2023()), AS_COORDINATOR),
                Arguments.of("request stage completion",
                        new RequestStageCompletionCommand(PROJECT_ID, 1, stageSummary(1)), AS_COORDINATOR),
                Arguments.of("extend status", new ExtendStatusCommand(PROJECT_ID,
                        new StatusExtension("3105", LocalDate.of(2024, 6, 28), LocalDate.of(2024, 12, 31))), AS_OFFICIAL),
                Arguments.of("revoke status", new RevokeStatusCommand(PROJECT_ID, REVOCATION), AS_OFFICIAL),
                Arguments.of("complete project", new CompleteProjectCommand(PROJECT_ID, COMPLETION), AS_OFFICIAL));
    }

    // ---- deadlines ---------------------------------------------------------------------------

    @Nested
    @DisplayName("an overdue review")
    class OverdueReview {

        private static final Instant DUE = Instant.parse("2023-06-10T03:00:00Z");

        @Test
        @DisplayName("is recorded while the application waits at the institute")
        void recordsOverdueExpertReview() {
            fixture.given(signed())
                    .when(as(AS_SYSTEM, overdue(ReviewedItem.APPLICATION, null, ReviewLevel.INSTITUTE)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ReviewOverdueRecordedEvent(PROJECT_ID, ReviewedItem.APPLICATION, null,
                            ReviewLevel.INSTITUTE, DUE, "institute-supervisor"));
        }

        @Test
        @DisplayName("is recorded while a report waits at the ministry")
        void recordsOverdueReportReview() {
            fixture.given(interimAcceptedByInstitute())
                    .when(as(AS_SYSTEM, overdue(ReviewedItem.REPORT, INTERIM_REPORT, ReviewLevel.MINISTRY)))
                    .expectEvents(new ReviewOverdueRecordedEvent(PROJECT_ID, ReviewedItem.REPORT, INTERIM_REPORT,
                            ReviewLevel.MINISTRY, DUE, "ministry-supervisor"));
        }

        @Test
        @DisplayName("is recorded while a stage completion waits at the institute")
        void recordsOverdueStageReview() {
            fixture.given(with(active(), stageRequested(1)))
                    .when(as(AS_SYSTEM, overdue(ReviewedItem.STAGE_COMPLETION, "1", ReviewLevel.INSTITUTE)))
                    .expectEvents(new ReviewOverdueRecordedEvent(PROJECT_ID, ReviewedItem.STAGE_COMPLETION, "1",
                            ReviewLevel.INSTITUTE, DUE, "institute-supervisor"));
        }

        @Test
        @DisplayName("is refused when the review at that level is already done")
        void refusesReviewNoLongerAwaited() {
            fixture.given(expertApproved())
                    .when(as(AS_SYSTEM, overdue(ReviewedItem.APPLICATION, null, ReviewLevel.INSTITUTE)))
                    .expectException(violation("NOT_AWAITING_DECISION"))
                    .expectNoEvents();
        }

        @Test
        @DisplayName("names an unknown stage as unknown")
        void refusesUnknownStage() {
            fixture.given(active())
                    .when(as(AS_SYSTEM, overdue(ReviewedItem.STAGE_COMPLETION, "first", ReviewLevel.INSTITUTE)))
                    .expectException(UnknownProjectPartException.class);
        }

        @Test
        @DisplayName("is recorded only by the engine, not by a user")
        void refusesUsers() {
            fixture.given(signed())
                    .when(as(AS_EXPERT, overdue(ReviewedItem.APPLICATION, null, ReviewLevel.INSTITUTE)))
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        private static RecordReviewOverdueCommand overdue(ReviewedItem item, String itemId, ReviewLevel level) {
            return new RecordReviewOverdueCommand(PROJECT_ID, item, itemId, level, DUE,
                    level == ReviewLevel.INSTITUTE ? "institute-supervisor" : "ministry-supervisor");
        }
    }

    @Nested
    @DisplayName("an approval chain deleted by an administrator")
    class ApprovalCancelled {

        private static final Map<String, Object> AS_ADMIN = Map.of(MetaDataKeys.USER_ID, "admin",
                MetaDataKeys.ROLE, Role.ADMIN.name());

        @Test
        @DisplayName("returns a signed application to the school, which may submit it again")
        void returnsApplication() {
            fixture.given(signed())
                    .when(as(AS_ADMIN, new RecordApprovalCancelledCommand(PROJECT_ID, ReviewedItem.APPLICATION, null, "pi-1")))
                    .expectEvents(new ApprovalCancelledEvent(PROJECT_ID, ReviewedItem.APPLICATION, null, "pi-1", "admin"));
            fixture.given(with(signed(),
                            new ReviewingInstituteAssignedEvent(PROJECT_ID, IRO_KUZBASS, IRO_KUZBASS_NAME, COORDINATOR),
                            new ApprovalCancelledEvent(PROJECT_ID, ReviewedItem.APPLICATION, null, "pi-1", "admin")))
                    .when(new SubmitApplicationCommand(PROJECT_ID, null), AS_COORDINATOR)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR));
        }

        @Test
        @DisplayName("returns a report waiting at the institute to the school, which may resubmit it")
        void returnsReport() {
            List<Object> cancelled = with(interimSigned(),
                    new ApprovalCancelledEvent(PROJECT_ID, ReviewedItem.REPORT, INTERIM_REPORT, "pi-2", "admin"));
            fixture.given(cancelled)
                    .when(new ResubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReportSections()), AS_COORDINATOR)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(ProjectFixtures.frozenResubmission(cancelled, INTERIM_REPORT, interimReportSections(),
                            COORDINATOR, 2));
        }

        @Test
        @DisplayName("returns a stage completion waiting for review, which may be requested again")
        void returnsStageCompletion() {
            fixture.given(with(active(), stageRequested(1),
                            new ApprovalCancelledEvent(PROJECT_ID, ReviewedItem.STAGE_COMPLETION, "1", "pi-3", "admin")))
                    .when(new RequestStageCompletionCommand(PROJECT_ID, 1, stageSummary(1)), AS_COORDINATOR)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        @DisplayName("is recorded only for an administrator or the engine")
        void refusesOthers() {
            fixture.given(signed())
                    .when(as(AS_EXPERT, new RecordApprovalCancelledCommand(PROJECT_ID, ReviewedItem.APPLICATION, null, "pi-1")))
                    .expectException(ProjectAccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        @DisplayName("names an unknown report as unknown")
        void refusesUnknownReport() {
            fixture.given(active())
                    .when(as(AS_ADMIN, new RecordApprovalCancelledCommand(PROJECT_ID, ReviewedItem.REPORT, "nope", "pi-4")))
                    .expectException(UnknownProjectPartException.class);
        }
    }

    /** The metadata of a decision taken in a task whose chain's route names {@code body} for the step. */
    private static Map<String, Object> routedTo(Map<String, Object> actor, String body) {
        Map<String, Object> metaData = new java.util.HashMap<>(actor);
        metaData.put(MetaDataKeys.ROUTED_BODY, body);
        return metaData;
    }
}
