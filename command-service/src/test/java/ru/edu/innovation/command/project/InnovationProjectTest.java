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
import ru.edu.innovation.api.common.MetaDataKeys;
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

/**
 * The rules of {@link InnovationProject}, one behaviour per test, on the Yaya network project
 * (seed 004) and its interim report 2022–2023 (seed 000).
 */
class InnovationProjectTest {

    private static final String PROJECT_ID = "yaya-tochka-rosta-2023";
    /** «Today» for every test: mid-June 2023, in the middle of the implementation stage. */
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2023-06-15T03:00:00Z"), ZoneId.of("Asia/Novokuznetsk"));

    private static final String COORDINATOR = "coordinator.yaya";
    /** The leader bound by login in seed 004's project. */
    private static final String LEADER = TIKHOMIROVA;
    private static final String OTHER_COORDINATOR = "kalinchenko";
    private static final String FOREIGN_COORDINATOR = "coordinator.school12";
    private static final String EXPERT = "expert.kripkipro";
    private static final String EXPERT2 = "expert2.institute";
    private static final String OFFICIAL = "official.minobr";

    private static final Map<String, Object> AS_COORDINATOR = actor(COORDINATOR, IMC_YAYA, Role.SCHOOL);
    private static final Map<String, Object> AS_LEADER = actor(LEADER, IMC_YAYA, Role.SCHOOL);
    private static final Map<String, Object> AS_OTHER_COORDINATOR = actor(OTHER_COORDINATOR, IMC_YAYA, Role.SCHOOL);
    private static final Map<String, Object> AS_FOREIGN_SCHOOL =
            actor(FOREIGN_COORDINATOR, SCHOOL_12_MARIINSK, Role.SCHOOL);
    private static final Map<String, Object> AS_EXPERT = actor(EXPERT, "kripkipro", Role.INSTITUTE);
    private static final Map<String, Object> AS_EXPERT2 = actor(EXPERT2, "kripkipro", Role.INSTITUTE);
    private static final Map<String, Object> AS_OFFICIAL = actor(OFFICIAL, "minobr", Role.MINISTRY);
    private static final Map<String, Object> AS_SYSTEM = Map.of(MetaDataKeys.USER_ID, "system",
            MetaDataKeys.ROLE, Role.SYSTEM.name());

    private static final Review APPROVE = new Review(ReviewDecision.APPROVE,
            "Проект соответствует приоритетам региональной образовательной политики; рекомендуется к одобрению");
    private static final Review RETURN = new Review(ReviewDecision.RETURN_FOR_REVISION,
            "Уточнить показатели оценки эффективности сетевого взаимодействия и сроки мероприятий");
    private static final Review REJECT = new Review(ReviewDecision.REJECT,
            "Проект не обладает инновационным потенциалом");

    private static final String RESOURCE_MAP = "resource-map";
    private static final String METHODICAL_DAY = "methodical-day-2023";
    private static final String CONFERENCE = "conference-viii";
    private static final String OGE_PHYSICS = "oge-physics";
    private static final String INTERIM_REPORT = "interim-2022-2023";
    private static final String FINAL_REPORT = "final-2023-2024";

    private static final IndicatorValue OGE_PHYSICS_2023 = new IndicatorValue(
            new Period(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 7, 10)), new BigDecimal("16.1"),
            "ОГЭ 2023, основной период");
    private static final Deviation TRANSPORT_DEVIATION = new Deviation(
            "Проблема подвоза участников из-за большого количества сетевых мероприятий",
            "Центры образования «Точка роста» объединены в сетевые образовательные сообщества; "
                    + "утвержден график сетевых мероприятий на 2023-2024");

    /** The users of the seeds' schools, as the user store knows them. */
    private static final OrganizationMembers MEMBERS = (login, organizationId) -> organizationId.equals(Map.of(
            TIKHOMIROVA, IMC_YAYA, OTHER_COORDINATOR, IMC_YAYA, COORDINATOR, IMC_YAYA,
            KARTASHOVA, SCHOOL_12_MARIINSK).get(login));
    private static final String IRO_KUZBASS = "iro-kuzbass";
    private static final String IRO_KUZBASS_NAME = "ГОУ ДПО «Институт развития образования Кузбасса»";
    private static final String KRIPKIPRO = "kripkipro";
    private static final String KRIPKIPRO_NAME = "КРИПКиПРО";
    /** The institutes known to the product, as the identity configuration names them. */
    private static final KnownInstitutes INSTITUTES = instituteId -> java.util.Optional.ofNullable(
            Map.of(IRO_KUZBASS, IRO_KUZBASS_NAME, KRIPKIPRO, KRIPKIPRO_NAME).get(instituteId));
    private static final String IRO_EXPERT = "panina";
    private static final Map<String, Object> AS_IRO_EXPERT = actor(IRO_EXPERT, IRO_KUZBASS, Role.INSTITUTE);

    private AggregateTestFixture<InnovationProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InnovationProject.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(MEMBERS);
        fixture.registerInjectableResource(INSTITUTES);
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
                            LEADER)))
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
    @DisplayName("the ministry decision")
    class MinistryDecision {

        @Test
        @DisplayName("assigning the status starts the first stage")
        void assignsStatusAndStartsFirstStage() {
            fixture.given(expertApproved())
                    .when(new AssignStatusCommand(PROJECT_ID, statusOrder2469()), AS_OFFICIAL)
                    .expectEvents(
                            new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), OFFICIAL),
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

    // ---- reports -----------------------------------------------------------------------------

    @Nested
    @DisplayName("submitting reports")
    class SubmitReports {

        @Test
        @DisplayName("submits the interim report 2022–2023 and returns the new version")
        void submitsInterimReport() {
            fixture.given(active())
                    .when(new SubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023()), AS_COORDINATOR)
                    .expectEvents(new ReportSubmittedEvent(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023(),
                            COORDINATOR))
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
                    .expectEvents(new ReportSubmittedEvent(PROJECT_ID, "interim-2022-2023-bis",
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
                    .expectEvents(new ReportSubmittedEvent(PROJECT_ID, FINAL_REPORT, finalReport(), COORDINATOR));
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
        @DisplayName("resubmits a returned report")
        void resubmitsReturnedReport() {
            fixture.given(interimReturnedByInstitute())
                    .when(new ResubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReportSections()), AS_COORDINATOR)
                    .expectEvents(new ReportResubmittedEvent(PROJECT_ID, INTERIM_REPORT, interimReportSections(),
                            COORDINATOR))
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
                    new ReportSubmittedEvent(PROJECT_ID, FINAL_REPORT, finalReport(), COORDINATOR),
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
            fixture.given(with(interimSigned(),
                            new ApprovalCancelledEvent(PROJECT_ID, ReviewedItem.REPORT, INTERIM_REPORT, "pi-2", "admin")))
                    .when(new ResubmitReportCommand(PROJECT_ID, INTERIM_REPORT, interimReportSections()), AS_COORDINATOR)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ReportResubmittedEvent(PROJECT_ID, INTERIM_REPORT, interimReportSections(),
                            COORDINATOR));
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

    // ---- histories ---------------------------------------------------------------------------

    private static List<Object> draft() {
        return List.of(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
    }

    private static List<Object> submitted() {
        return with(draft(), new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR));
    }

    private static List<Object> signed() {
        return with(submitted(), new ApplicationSignedEvent(PROJECT_ID, LEADER));
    }

    private static List<Object> expertApproved() {
        return with(signed(), new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, EXPERT));
    }

    private static List<Object> expertReturned() {
        return with(signed(), new ExpertDecisionRecordedEvent(PROJECT_ID, RETURN, EXPERT));
    }

    private static List<Object> expertRejected() {
        return with(signed(), new ExpertDecisionRecordedEvent(PROJECT_ID, REJECT, EXPERT));
    }

    /** Status assigned by order №2469, the preparatory stage running. */
    private static List<Object> active() {
        return with(expertApproved(),
                new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), OFFICIAL),
                new StageStartedEvent(PROJECT_ID, 1, stageName(1)));
    }

    private static List<Object> withPlannedActivity() {
        return with(active(), new ActivityPlannedEvent(PROJECT_ID, RESOURCE_MAP, resourceMapActivity()));
    }

    private static List<Object> withMethodicalDayPlanned() {
        return with(active(), new ActivityPlannedEvent(PROJECT_ID, METHODICAL_DAY, methodicalDayActivity()));
    }

    private static List<Object> withPhysicsIndicator() {
        return with(active(), new IndicatorDefinedEvent(PROJECT_ID, OGE_PHYSICS, ogeAverageScorePhysics()));
    }

    private static List<Object> interimSubmitted() {
        return with(active(), new ReportSubmittedEvent(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023(), COORDINATOR));
    }

    private static List<Object> interimSigned() {
        return with(interimSubmitted(), new ReportSignedEvent(PROJECT_ID, INTERIM_REPORT, LEADER));
    }

    private static List<Object> interimAcceptedByInstitute() {
        return with(interimSigned(),
                new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE, EXPERT));
    }

    private static List<Object> interimReturnedByInstitute() {
        return with(interimSigned(),
                new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, RETURN, EXPERT));
    }

    /** Stages 1 and 2 completed, the final stage running. */
    private static List<Object> inLastStage() {
        return with(active(), stageCompleted(1), stageCompleted(2));
    }

    private static List<Object> allStagesCompleted() {
        return with(inLastStage(), stageCompleted(3));
    }

    private static List<Object> finalReportAccepted(List<Object> history) {
        return with(history,
                new ReportSubmittedEvent(PROJECT_ID, FINAL_REPORT, finalReport(), COORDINATOR),
                new ReportSignedEvent(PROJECT_ID, FINAL_REPORT, LEADER),
                new ReportReviewedEvent(PROJECT_ID, FINAL_REPORT, ReviewLevel.INSTITUTE, APPROVE, EXPERT),
                new ReportReviewedEvent(PROJECT_ID, FINAL_REPORT, ReviewLevel.MINISTRY, APPROVE, OFFICIAL));
    }

    private static Object[] stageRequested(int stage) {
        return new Object[] {new StageCompletionRequestedEvent(PROJECT_ID, stage, stageSummary(stage), COORDINATOR)};
    }

    private static Object[] stageApprovedByInstitute(int stage) {
        return with(List.of(stageRequested(stage)),
                new StageCompletionReviewedEvent(PROJECT_ID, stage, ReviewLevel.INSTITUTE, APPROVE, EXPERT))
                .toArray();
    }

    private static Object[] stageCompleted(int stage) {
        List<Object> events = with(List.of(stageApprovedByInstitute(stage)),
                new StageCompletionReviewedEvent(PROJECT_ID, stage, ReviewLevel.MINISTRY, APPROVE, OFFICIAL),
                new StageCompletedEvent(PROJECT_ID, stage));
        if (stage < yayaStages().size()) {
            events = with(events, new StageStartedEvent(PROJECT_ID, stage + 1, stageName(stage + 1)));
        }
        return events.toArray();
    }

    // ---- small helpers -----------------------------------------------------------------------

    private static String stageName(int number) {
        return yayaStages().get(number - 1).name();
    }

    private static StageCompletionRequest stageSummary(int stage) {
        return new StageCompletionRequest(switch (stage) {
            case 1 -> "Создана муниципальная база ресурсов Центров образования «Точка роста»; "
                    + "разработана модель сетевого взаимодействия";
            case 2 -> "100% выполнение событийного календаря сетевого проекта";
            default -> "Аналитическая справка эффективности сетевого взаимодействия";
        });
    }

    private static ReportSubmission finalReport() {
        return new ReportSubmission(ReportKind.FINAL, YAYA_PERIOD, interimReportSections());
    }

    /** The project's version after {@code newEvents} more events: the sequence number of the last one. */
    private static long versionAfter(List<?> history, int newEvents) {
        return history.size() + newEvents - 1L;
    }

    private static List<Object> with(List<?> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        for (Object event : more) {
            if (event instanceof Object[] group) {
                events.addAll(Arrays.asList(group));
            } else {
                events.add(event);
            }
        }
        return List.copyOf(events);
    }

    /** {@code actor}'s metadata with the version the client read, as an {@code If-Match} header sends it. */
    private static Map<String, Object> expecting(Map<String, Object> actor, long version) {
        Map<String, Object> metaData = new HashMap<>(actor);
        metaData.put(MetaDataKeys.EXPECTED_VERSION, version);
        return metaData;
    }

    private static Map<String, Object> actor(String userId, String organizationId, Role role) {
        return Map.of(MetaDataKeys.USER_ID, userId,
                MetaDataKeys.ORGANIZATION_ID, organizationId,
                MetaDataKeys.ROLE, role.name());
    }

    private static GenericCommandMessage<Object> as(Map<String, Object> actor, Object command) {
        return new GenericCommandMessage<>(command, actor);
    }

    private static ProjectDetails yayaWithStages(List<StagePlan> stages) {
        return copy(yayaNetworkProject(), stages, yayaNetworkProject().leadOrganization(), yayaParticipants());
    }

    private static ProjectDetails yayaWithParticipants(List<ParticipantOrganization> participants) {
        return copy(yayaNetworkProject(), yayaStages(), yayaNetworkProject().leadOrganization(), participants);
    }

    private static ProjectDetails yayaWithLead(Organization lead) {
        return copy(yayaNetworkProject(), yayaStages(), lead, yayaParticipants());
    }

    /** Seed 004's project with the given leader, deputy, period and stages. */
    private static ProjectDetails yayaWith(Person leader, Person deputy, Period period, List<StagePlan> stages) {
        ProjectDetails base = yayaNetworkProject();
        return new ProjectDetails(base.levelAppliedFor(), base.theme(), base.goal(), base.tasks(), base.direction(),
                period, stages, base.leadOrganization(), base.participants(), leader, deputy, base.coordinators(),
                base.scientificConsultant(), base.team(), base.partners(), base.risks());
    }

    /** An expected {@link ApplicationIncompleteException} naming exactly these fields, in this order. */
    private static Matcher<ApplicationIncompleteException> incomplete(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ApplicationIncompleteException exception) {
                return exception.code().equals("APPLICATION_INCOMPLETE")
                        && List.copyOf(exception.missing().keySet()).equals(List.of(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("APPLICATION_INCOMPLETE naming " + Arrays.toString(fields));
            }
        };
    }

    private static ProjectDetails copy(ProjectDetails base, List<StagePlan> stages, Organization lead,
                                       List<ParticipantOrganization> participants) {
        return new ProjectDetails(base.levelAppliedFor(), base.theme(), base.goal(), base.tasks(), base.direction(),
                base.period(), stages, lead, participants, base.leader(), base.coordinators(),
                base.scientificConsultant(), base.team(), base.partners(), base.risks());
    }

    /** An expected {@link ProjectAccessDeniedException} with the given stable code. */
    private static Matcher<ProjectAccessDeniedException> accessDenied(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ProjectAccessDeniedException exception) {
                return code.equals(exception.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a ProjectAccessDeniedException with code ").appendValue(code);
            }
        };
    }

    /** An expected {@link ProjectRuleViolationException} with the given stable code. */
    private static Matcher<ProjectRuleViolationException> violation(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ProjectRuleViolationException exception) {
                return code.equals(exception.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a ProjectRuleViolationException with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(ProjectRuleViolationException exception, Description mismatch) {
                mismatch.appendText("code was ").appendValue(exception.code())
                        .appendText(" (").appendValue(exception.getMessage()).appendText(")");
            }
        };
    }
}
