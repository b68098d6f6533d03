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
import ru.edu.innovation.api.report.ReportResubmittedEvent;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.command.kernel.HashChainLinks;
import ru.edu.innovation.platform.integrity.ReportContentDigest;
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
 * What the project's fixture tests share: the seeds' people and values, the histories a test starts
 * from, and the matchers of the refusals.
 */
public final class ProjectFixtures {


    public static final String PROJECT_ID = "yaya-tochka-rosta-2023";
    /** «Today» for every test: mid-June 2023, in the middle of the implementation stage. */
    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2023-06-15T03:00:00Z"), ZoneId.of("Asia/Novokuznetsk"));

    public static final String COORDINATOR = "coordinator.yaya";
    /** The leader bound by login in seed 004's project. */
    public static final String LEADER = TIKHOMIROVA;
    public static final String OTHER_COORDINATOR = "kalinchenko";
    public static final String FOREIGN_COORDINATOR = "coordinator.school12";
    public static final String EXPERT = "expert.kripkipro";
    public static final String EXPERT2 = "expert2.institute";
    public static final String OFFICIAL = "official.minobr";

    public static final Map<String, Object> AS_COORDINATOR = actor(COORDINATOR, IMC_YAYA, Role.SCHOOL);
    public static final Map<String, Object> AS_LEADER = actor(LEADER, IMC_YAYA, Role.SCHOOL);
    public static final Map<String, Object> AS_OTHER_COORDINATOR = actor(OTHER_COORDINATOR, IMC_YAYA, Role.SCHOOL);
    public static final Map<String, Object> AS_FOREIGN_SCHOOL =
            actor(FOREIGN_COORDINATOR, SCHOOL_12_MARIINSK, Role.SCHOOL);
    public static final Map<String, Object> AS_EXPERT = actor(EXPERT, "kripkipro", Role.INSTITUTE);
    public static final Map<String, Object> AS_EXPERT2 = actor(EXPERT2, "kripkipro", Role.INSTITUTE);
    public static final Map<String, Object> AS_OFFICIAL = actor(OFFICIAL, "minobr", Role.MINISTRY);
    public static final Map<String, Object> AS_SYSTEM = Map.of(MetaDataKeys.USER_ID, "system",
            MetaDataKeys.ROLE, Role.SYSTEM.name());

    public static final Review APPROVE = new Review(ReviewDecision.APPROVE,
            "Проект соответствует приоритетам региональной образовательной политики; рекомендуется к одобрению");
    public static final Review RETURN = new Review(ReviewDecision.RETURN_FOR_REVISION,
            "Уточнить показатели оценки эффективности сетевого взаимодействия и сроки мероприятий");
    public static final Review REJECT = new Review(ReviewDecision.REJECT,
            "Проект не обладает инновационным потенциалом");

    public static final String RESOURCE_MAP = "resource-map";
    public static final String METHODICAL_DAY = "methodical-day-2023";
    public static final String CONFERENCE = "conference-viii";
    public static final String OGE_PHYSICS = "oge-physics";
    public static final String INTERIM_REPORT = "interim-2022-2023";
    public static final String FINAL_REPORT = "final-2023-2024";

    public static final IndicatorValue OGE_PHYSICS_2023 = new IndicatorValue(
            new Period(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 7, 10)), new BigDecimal("16.1"),
            "ОГЭ 2023, основной период");
    public static final Deviation TRANSPORT_DEVIATION = new Deviation(
            "Проблема подвоза участников из-за большого количества сетевых мероприятий",
            "Центры образования «Точка роста» объединены в сетевые образовательные сообщества; "
                    + "утвержден график сетевых мероприятий на 2023-2024");

    /** The users of the seeds' schools, as the user store knows them. */
    public static final OrganizationMembers MEMBERS = (login, organizationId) -> organizationId.equals(Map.of(
            TIKHOMIROVA, IMC_YAYA, OTHER_COORDINATOR, IMC_YAYA, COORDINATOR, IMC_YAYA,
            KARTASHOVA, SCHOOL_12_MARIINSK).get(login));
    public static final String IRO_KUZBASS = "iro-kuzbass";
    public static final String IRO_KUZBASS_NAME = "ГОУ ДПО «Институт развития образования Кузбасса»";
    public static final String KRIPKIPRO = "kripkipro";
    public static final String KRIPKIPRO_NAME = "КРИПКиПРО";
    /** The institutes known to the product, as the identity configuration names them. */
    public static final KnownInstitutes INSTITUTES = instituteId -> java.util.Optional.ofNullable(
            Map.of(IRO_KUZBASS, IRO_KUZBASS_NAME, KRIPKIPRO, KRIPKIPRO_NAME,
                    "airo-altai", "КАУ ДПО «Алтайский институт развития образования»").get(instituteId));
    /** Where the tests' organizations are: Kuzbass's, and one institute of the Altai krai. */
    public static final Map<String, String> REGION_OF = Map.of(IMC_YAYA, "kuzbass", SCHOOL_12_MARIINSK, "kuzbass",
            IRO_KUZBASS, "kuzbass", KRIPKIPRO, "kuzbass", "airo-altai", "altai", "minobr-altai", "altai");
    /**
     * The routes as the routing table gives them for the tests' schools: regional and support sites reviewed
     * by the institute the school names, municipal sites by the municipal bodies; none for a school of no region.
     */
    public static final ReviewRoutes ROUTES = new ReviewRoutes() {
        @Override
        public java.util.Optional<Route> application(StatusLevel level, String leadOrganizationId) {
            return regionOf(leadOrganizationId).map(region -> new Route(region, level != StatusLevel.MUNICIPAL));
        }

        @Override
        public java.util.Optional<String> regionOf(String organizationId) {
            return java.util.Optional.ofNullable(REGION_OF.get(organizationId));
        }
    };
    public static final String IRO_EXPERT = "panina";
    public static final Map<String, Object> AS_IRO_EXPERT = actor(IRO_EXPERT, IRO_KUZBASS, Role.INSTITUTE);

    private ProjectFixtures() {
    }

    /** A fixture of the project with the clock, the users and the institutes of the tests. */
    public static AggregateTestFixture<InnovationProject> newFixture() {
        AggregateTestFixture<InnovationProject> fixture = new AggregateTestFixture<>(InnovationProject.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(MEMBERS);
        fixture.registerInjectableResource(INSTITUTES);
        fixture.registerInjectableResource(LINKS);
        fixture.registerInjectableResource(ROUTES);
        return fixture;
    }

    // ---- histories ---------------------------------------------------------------------------

    public static List<Object> draft() {
        return List.of(new ProjectDraftRegisteredEvent(PROJECT_ID, yayaNetworkProject()));
    }

    public static List<Object> submitted() {
        return with(draft(), new ApplicationSubmittedEvent(PROJECT_ID, StatusLevel.REGIONAL, IMC_YAYA, COORDINATOR));
    }

    public static List<Object> signed() {
        return with(submitted(), new ApplicationSignedEvent(PROJECT_ID, LEADER));
    }

    public static List<Object> expertApproved() {
        return with(signed(), new ExpertDecisionRecordedEvent(PROJECT_ID, APPROVE, EXPERT));
    }

    public static List<Object> expertReturned() {
        return with(signed(), new ExpertDecisionRecordedEvent(PROJECT_ID, RETURN, EXPERT));
    }

    public static List<Object> expertRejected() {
        return with(signed(), new ExpertDecisionRecordedEvent(PROJECT_ID, REJECT, EXPERT));
    }

    /** Status assigned by order №2469, the preparatory stage running. */
    public static List<Object> active() {
        return with(expertApproved(),
                new StatusAssignedEvent(PROJECT_ID, statusOrder2469(), OFFICIAL, DecidingAct.MINISTRY_ORDER, "minobr"),
                new StageStartedEvent(PROJECT_ID, 1, stageName(1)));
    }

    public static List<Object> withPlannedActivity() {
        return with(active(), new ActivityPlannedEvent(PROJECT_ID, RESOURCE_MAP, resourceMapActivity()));
    }

    public static List<Object> withMethodicalDayPlanned() {
        return with(active(), new ActivityPlannedEvent(PROJECT_ID, METHODICAL_DAY, methodicalDayActivity()));
    }

    public static List<Object> withPhysicsIndicator() {
        return with(active(), new IndicatorDefinedEvent(PROJECT_ID, OGE_PHYSICS, ogeAverageScorePhysics()));
    }

    public static List<Object> interimSubmitted() {
        return with(active(), new ReportSubmittedEvent(PROJECT_ID, INTERIM_REPORT, interimReport2022_2023(), COORDINATOR, null, null, null));
    }

    public static List<Object> interimSigned() {
        return with(interimSubmitted(), new ReportSignedEvent(PROJECT_ID, INTERIM_REPORT, LEADER));
    }

    public static List<Object> interimAcceptedByInstitute() {
        return with(interimSigned(),
                new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, APPROVE, EXPERT));
    }

    public static List<Object> interimReturnedByInstitute() {
        return with(interimSigned(),
                new ReportReviewedEvent(PROJECT_ID, INTERIM_REPORT, ReviewLevel.INSTITUTE, RETURN, EXPERT));
    }

    /** Stages 1 and 2 completed, the final stage running. */
    public static List<Object> inLastStage() {
        return with(active(), stageCompleted(1), stageCompleted(2));
    }

    public static List<Object> allStagesCompleted() {
        return with(inLastStage(), stageCompleted(3));
    }

    public static List<Object> finalReportAccepted(List<Object> history) {
        return with(history,
                new ReportSubmittedEvent(PROJECT_ID, FINAL_REPORT, finalReport(), COORDINATOR, null, null, null),
                new ReportSignedEvent(PROJECT_ID, FINAL_REPORT, LEADER),
                new ReportReviewedEvent(PROJECT_ID, FINAL_REPORT, ReviewLevel.INSTITUTE, APPROVE, EXPERT),
                new ReportReviewedEvent(PROJECT_ID, FINAL_REPORT, ReviewLevel.MINISTRY, APPROVE, OFFICIAL));
    }

    public static Object[] stageRequested(int stage) {
        return new Object[] {new StageCompletionRequestedEvent(PROJECT_ID, stage, stageSummary(stage), COORDINATOR)};
    }

    public static Object[] stageApprovedByInstitute(int stage) {
        return with(List.of(stageRequested(stage)),
                new StageCompletionReviewedEvent(PROJECT_ID, stage, ReviewLevel.INSTITUTE, APPROVE, EXPERT))
                .toArray();
    }

    public static Object[] stageCompleted(int stage) {
        List<Object> events = with(List.of(stageApprovedByInstitute(stage)),
                new StageCompletionReviewedEvent(PROJECT_ID, stage, ReviewLevel.MINISTRY, APPROVE, OFFICIAL),
                new StageCompletedEvent(PROJECT_ID, stage));
        if (stage < yayaStages().size()) {
            events = with(events, new StageStartedEvent(PROJECT_ID, stage + 1, stageName(stage + 1)));
        }
        return events.toArray();
    }

    // ---- small helpers -----------------------------------------------------------------------

    public static String stageName(int number) {
        return yayaStages().get(number - 1).name();
    }

    public static StageCompletionRequest stageSummary(int stage) {
        return new StageCompletionRequest(switch (stage) {
            case 1 -> "Создана муниципальная база ресурсов Центров образования «Точка роста»; "
                    + "разработана модель сетевого взаимодействия";
            case 2 -> "100% выполнение событийного календаря сетевого проекта";
            default -> "Аналитическая справка эффективности сетевого взаимодействия";
        });
    }

    public static ReportSubmission finalReport() {
        return new ReportSubmission(ReportKind.FINAL, YAYA_PERIOD, interimReportSections());
    }

    /** The project's version after {@code newEvents} more events: the sequence number of the last one. */
    /**
     * The chain's links as the store would give them: a made-up hash per event, so that a frozen
     * version's digest shows which event it was bound to.
     */
    public static final HashChainLinks LINKS = (projectId, sequence) -> String.format("%064x", sequence + 0xC0FFEEL);

    /** The event of a report submitted on top of {@code history}: version 1, based on its last event. */
    public static ReportSubmittedEvent frozenSubmission(List<?> history, String reportId, ReportSubmission submission,
                                                        String by) {
        long basedOn = versionAfter(history, 0);
        return new ReportSubmittedEvent(PROJECT_ID, reportId, submission, by, 1, basedOn,
                ReportContentDigest.of(submission.sections(), LINKS.linkOf(PROJECT_ID, basedOn)));
    }

    /** The event of a report resubmitted on top of {@code history} as its version {@code version}. */
    public static ReportResubmittedEvent frozenResubmission(List<?> history, String reportId, ReportSections sections,
                                                            String by, int version) {
        long basedOn = versionAfter(history, 0);
        return new ReportResubmittedEvent(PROJECT_ID, reportId, sections, by, version, basedOn,
                ReportContentDigest.of(sections, LINKS.linkOf(PROJECT_ID, basedOn)));
    }

    public static long versionAfter(List<?> history, int newEvents) {
        return history.size() + newEvents - 1L;
    }

    public static List<Object> with(List<?> history, Object... more) {
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
    public static Map<String, Object> expecting(Map<String, Object> actor, long version) {
        Map<String, Object> metaData = new HashMap<>(actor);
        metaData.put(MetaDataKeys.EXPECTED_VERSION, version);
        return metaData;
    }

    public static Map<String, Object> actor(String userId, String organizationId, Role role) {
        return Map.of(MetaDataKeys.USER_ID, userId,
                MetaDataKeys.ORGANIZATION_ID, organizationId,
                MetaDataKeys.ROLE, role.name());
    }

    public static GenericCommandMessage<Object> as(Map<String, Object> actor, Object command) {
        return new GenericCommandMessage<>(command, actor);
    }

    public static ProjectDetails yayaWithStages(List<StagePlan> stages) {
        return copy(yayaNetworkProject(), stages, yayaNetworkProject().leadOrganization(), yayaParticipants());
    }

    public static ProjectDetails yayaWithParticipants(List<ParticipantOrganization> participants) {
        return copy(yayaNetworkProject(), yayaStages(), yayaNetworkProject().leadOrganization(), participants);
    }

    public static ProjectDetails yayaWithLead(Organization lead) {
        return copy(yayaNetworkProject(), yayaStages(), lead, yayaParticipants());
    }

    /** Seed 004's project with the given leader, deputy, period and stages. */
    public static ProjectDetails yayaWith(Person leader, Person deputy, Period period, List<StagePlan> stages) {
        ProjectDetails base = yayaNetworkProject();
        return new ProjectDetails(base.levelAppliedFor(), base.theme(), base.goal(), base.tasks(), base.direction(),
                period, stages, base.leadOrganization(), base.participants(), leader, deputy, base.coordinators(),
                base.scientificConsultant(), base.team(), base.partners(), base.risks());
    }

    /** An expected {@link ApplicationIncompleteException} naming exactly these fields, in this order. */
    public static Matcher<ApplicationIncompleteException> incomplete(String... fields) {
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

    public static ProjectDetails copy(ProjectDetails base, List<StagePlan> stages, Organization lead,
                                       List<ParticipantOrganization> participants) {
        return new ProjectDetails(base.levelAppliedFor(), base.theme(), base.goal(), base.tasks(), base.direction(),
                base.period(), stages, lead, participants, base.leader(), base.coordinators(),
                base.scientificConsultant(), base.team(), base.partners(), base.risks());
    }

    /** An expected {@link ProjectAccessDeniedException} with the given stable code. */
    public static Matcher<ProjectAccessDeniedException> accessDenied(String code) {
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
    public static Matcher<ProjectRuleViolationException> violation(String code) {
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
