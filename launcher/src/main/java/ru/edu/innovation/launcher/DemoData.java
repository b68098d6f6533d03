package ru.edu.innovation.launcher;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.edu.innovation.api.common.MetaDataKeys;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.contest.RecordContestEntryCommand;
import ru.edu.innovation.api.dissemination.RecordDisseminationCommand;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.AmendActivityCommand;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.api.participation.RecordOrganizationParticipationCommand;
import ru.edu.innovation.api.participation.RecordParticipantCountsCommand;
import ru.edu.innovation.api.participation.RecordTeamMemberCommand;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.RecordResourceCommand;
import ru.edu.innovation.api.risk.RecordRiskCommand;
import ru.edu.innovation.api.risk.RecordRiskMonitoringCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.plan.RegisterNormativeActCommand;
import ru.edu.innovation.api.product.RecordProductCommand;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.RegisterProjectDraftCommand;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.api.report.SubmitReportCommand;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static ru.edu.innovation.seeds.SeedProjects.IMC_YAYA;
import static ru.edu.innovation.seeds.SeedProjects.SCHOOL_12_MARIINSK;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
import static ru.edu.innovation.seeds.SeedProjects.coordinationRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRiskIn2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkSchools;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipantsMarchToJune2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaProjectTeam;
import static ru.edu.innovation.seeds.SeedProjects.yayaResourceBase;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.conferenceParticipation;
import static ru.edu.innovation.seeds.SeedProjects.efficiencyIndicatorsActivity;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interregionalRallyHeld;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayActivity;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayHeld2023;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDaySeries;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminarHeld;
import static ru.edu.innovation.seeds.SeedProjects.miroTrainingActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsActivity;
import static ru.edu.innovation.seeds.SeedProjects.transportDeviation;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminar;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesOrder;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesRegulation;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsSchedule;
import static ru.edu.innovation.seeds.SeedProjects.networkModelActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkModelProduct;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScoreBiology;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScoreChemistry;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.ogeStudentsBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.projectsPresentationSeminar;
import static ru.edu.innovation.seeds.SeedProjects.rallyMasterClasses;
import static ru.edu.innovation.seeds.SeedProjects.resourceBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * On the first start of an empty store, brings the seeds' projects to where the documents show
 * them, through the real commands and approval tasks, as the demo users: seed 004's network project
 * with its status by order №2469, the events held, its local acts as drafts, its dissemination of experience, the students'
 * conference, its products, indicators and stage 1 completed, and seed 000's
 * interim report for 2022–2023 waiting at the institute; seed 002's support-site program reviewed by
 * KRIPKiPRO's department, given its status by the directorate's order and carrying every table of the
 * program, its organizational stage's completion waiting at the department ({@link Seed002Demo}); the same
 * program as a municipal site of Mariinsk, reviewed by the district's methodological service and waiting
 * for the распоряжение of its education authority.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "innovation.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    public static final String YAYA_PROJECT = "yaya-network-2023";
    public static final String SUPPORT_SITE_PROJECT = "mariinsk-support-site-2022";
    /** Seed 002's program as a municipal site of the Mariinsk district: reviewed and decided by Mariinsk's own bodies. */
    public static final String MUNICIPAL_SITE_PROJECT = "mariinsk-municipal-site-2023";
    public static final String INTERIM_REPORT = "interim-2022-2023";
    /** The institutes that review the seeds' projects: IRO Kuzbass the Yaya project, KRIPKiPRO its support site (seed 002). */
    public static final String IRO_KUZBASS = "iro-kuzbass";
    public static final String KRIPKIPRO = "kripkipro";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;

    public DemoData(CommandGateway commands, TaskService taskService, IdentityService identityService,
                    JdbcTemplate jdbc) {
        this.commands = commands;
        this.taskService = taskService;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        if (stored != null && stored > 0) {
            return;
        }
        log.info("Loading the demo projects of the seeds through the commands and approval tasks");
        yayaNetworkProjectAtTheInterimReport();
        new Seed002Demo(this::school, this::complete).runningSupportSite(SUPPORT_SITE_PROJECT, KRIPKIPRO);
        municipalSiteAtTheEducationAuthority();
        AltaiDemo.municipalSiteOfBarnaul(this::school, this::complete);
        log.info("Demo projects loaded: {} (interim report at the institute), {} (stage 1 at the institute), "
                + "{} (application at the municipal education authority), {} (Altai, running)", YAYA_PROJECT,
                SUPPORT_SITE_PROJECT, MUNICIPAL_SITE_PROJECT, AltaiDemo.PROJECT);
    }

    private void yayaNetworkProjectAtTheInterimReport() {
        String project = YAYA_PROJECT;
        school("sikora", IMC_YAYA, new RegisterProjectDraftCommand(project, yayaNetworkProject()));
        school("sikora", IMC_YAYA, new SubmitApplicationCommand(project, IRO_KUZBASS));
        complete("tikhomirova", project, "Task_SignApplication", Map.of(ApprovalProcesses.SIGNATURE_CONFIRMED, true));
        complete("panina", project, "Task_InstituteReview", Map.of(
                ApprovalProcesses.INSTITUTE_DECISION, "APPROVE",
                ApprovalProcesses.INSTITUTE_CONCLUSION, "Проект соответствует требованиям к региональным инновационным "
                        + "площадкам: сетевая модель Центров «Точка роста» обоснована, показатели измеримы"));
        StatusOrder order = statusOrder2469();
        complete("minobr", project, "Task_MinistryDecision", Map.of(
                ApprovalProcesses.MINISTRY_DECISION, "APPROVE",
                ApprovalProcesses.ORDER_NUMBER, order.orderNumber(),
                ApprovalProcesses.ORDER_DATE, order.orderDate().toString(),
                ApprovalProcesses.VALID_FROM, order.validFrom().toString(),
                ApprovalProcesses.VALID_TO, order.validTo().toString()));

        school("sikora", IMC_YAYA, new PlanActivityCommand(project, "resource-map", resourceMapActivity()));
        school("sikora", IMC_YAYA, new PlanActivityCommand(project, "network-model", networkModelActivity()));
        school("sikora", IMC_YAYA, new PlanActivityCommand(project, "conference-viii", conferenceActivity()));
        school("sikora", IMC_YAYA, new PlanActivityCommand(project, "methodical-day-2023", methodicalDayActivity()));
        school("sikora", IMC_YAYA, new PlanActivityCommand(project, "efficiency-indicators",
                efficiencyIndicatorsActivity()));
        school("kalinchenko", IMC_YAYA, new RecordHeldEventCommand(project, "conference-viii-held",
                conferenceHeld("conference-viii")));
        school("sikora", IMC_YAYA, new PlanActivityCommand(project, "miro-training", miroTrainingActivity()));
        school("sikora", IMC_YAYA, new PlanActivityCommand(project, "network-events", networkEventsActivity()));
        school("sikora", IMC_YAYA, new AmendActivityCommand(project, "methodical-day-2023", new ActivityAmendment(
                methodicalDaySeries(), "Корректировка программы: по дорожной карте методический день проводится "
                + "в апреле 2023 и 2024 г", LocalDate.of(2023, 3, 20))));
        school("kalinchenko", IMC_YAYA, new RecordHeldEventCommand(project, "miro-seminar-held",
                miroSeminarHeld("miro-training")));
        school("kalinchenko", IMC_YAYA, new RecordHeldEventCommand(project, "methodical-day-2023-held",
                methodicalDayHeld2023("methodical-day-2023")));
        school("kalinchenko", IMC_YAYA, new RecordHeldEventCommand(project, "interregional-rally-held",
                interregionalRallyHeld("network-events")));
        school("sikora", IMC_YAYA, new RecordActivityDeviationCommand(project, "network-events", transportDeviation()));

        // The interim report names these acts as developed, with no number or date: drafts until adopted.
        school("sikora", IMC_YAYA, new RegisterNormativeActCommand(project, "regulation-network-communities",
                networkCommunitiesRegulation()));
        school("sikora", IMC_YAYA, new RegisterNormativeActCommand(project, "order-network-communities",
                networkCommunitiesOrder()));
        school("sikora", IMC_YAYA, new RegisterNormativeActCommand(project, "schedule-network-events-2023-2024",
                networkEventsSchedule()));

        school("kalinchenko", IMC_YAYA, new RecordDisseminationCommand(project, "miro-seminar", miroSeminar()));
        school("kalinchenko", IMC_YAYA, new RecordDisseminationCommand(project, "rally-master-classes",
                rallyMasterClasses()));
        school("kalinchenko", IMC_YAYA, new RecordDisseminationCommand(project, "projects-presentation",
                projectsPresentationSeminar()));
        school("kalinchenko", IMC_YAYA, new RecordContestEntryCommand(project, "conference-viii-students",
                conferenceParticipation()));
        school("sikora", IMC_YAYA, new RecordProductCommand(project, "resource-base", resourceBaseProduct("resource-map")));
        school("sikora", IMC_YAYA, new RecordProductCommand(project, "network-model-product",
                networkModelProduct("network-model")));
        school("sikora", IMC_YAYA, new RecordProductCommand(project, "oge-students-base", ogeStudentsBaseProduct()));

        school("sikora", IMC_YAYA, new DefineIndicatorCommand(project, "oge-physics", ogeAverageScorePhysics()));
        school("sikora", IMC_YAYA, new DefineIndicatorCommand(project, "oge-chemistry", ogeAverageScoreChemistry()));
        school("sikora", IMC_YAYA, new DefineIndicatorCommand(project, "oge-biology", ogeAverageScoreBiology()));
        school("sikora", IMC_YAYA, new RecordIndicatorValueCommand(project, "oge-physics", new IndicatorValue(
                new Period(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 7, 10)), new BigDecimal("16.1"),
                "ОГЭ 2023, основной период")));
        // Seed 000's diagnostics by area: the December 2022 results are the areas' baselines.
        school("sikora", IMC_YAYA, new DefineIndicatorCommand(project, "competency-diagnostics",
                competencyDiagnostics()));
        runningYayaProject(project);
        new Seed000Demo(command -> school("sikora", IMC_YAYA, command)).enter(project);
        Seed004Demo.addTo(project, command -> school("sikora", IMC_YAYA, command));

        school("sikora", IMC_YAYA, new RequestStageCompletionCommand(project, 1, new StageCompletionRequest(
                "Подготовительный этап выполнен: заполнена карта ресурсов Центров «Точка роста», "
                        + "разработана модель сетевого взаимодействия")));
        String stage = ApprovalProcesses.stageBusinessKey(project, 1);
        complete("panina", stage, "Task_InstituteReview", Map.of(ApprovalProcesses.INSTITUTE_DECISION, "APPROVE",
                ApprovalProcesses.INSTITUTE_CONCLUSION, "Задачи подготовительного этапа выполнены в полном объёме"));
        complete("minobr", stage, "Task_MinistryReview", Map.of(ApprovalProcesses.MINISTRY_DECISION, "APPROVE",
                ApprovalProcesses.MINISTRY_CONCLUSION, "Завершение этапа утверждено"));

        school("sikora", IMC_YAYA, new SubmitReportCommand(project, INTERIM_REPORT, interimReport2022_2023()));
        complete("tikhomirova", ApprovalProcesses.reportBusinessKey(project, INTERIM_REPORT), "Task_SignReport",
                Map.of(ApprovalProcesses.SIGNATURE_CONFIRMED, true));
    }

    /**
     * What seeds 000 and 004 record of the running project: participants by category (000), the
     * network schools (000), the team (004), the municipal resource base (000), the risks (004) and
     * the transport risk's monitoring in 2022–2023 (000).
     */
    private void runningYayaProject(String project) {
        school("sikora", IMC_YAYA, new RecordParticipantCountsCommand(project, "participants-march-june-2023",
                yayaParticipantsMarchToJune2023()));
        school("sikora", IMC_YAYA, new RecordOrganizationParticipationCommand(project, "network-schools",
                yayaNetworkSchools()));
        List<TeamMemberProfile> team = yayaProjectTeam();
        for (int i = 0; i < team.size(); i++) {
            school("sikora", IMC_YAYA, new RecordTeamMemberCommand(project, "team-" + (i + 1), team.get(i)));
        }
        List<ProjectResource> resources = yayaResourceBase();
        for (int i = 0; i < resources.size(); i++) {
            school("sikora", IMC_YAYA, new RecordResourceCommand(project, "resource-" + (i + 1), resources.get(i)));
        }
        school("sikora", IMC_YAYA, new RecordRiskCommand(project, "risk-transport", transportRisk()));
        school("sikora", IMC_YAYA, new RecordRiskCommand(project, "risk-coordination", coordinationRisk()));
        school("sikora", IMC_YAYA, new RecordRiskMonitoringCommand(project, "risk-transport",
                transportRiskIn2022_2023()));
    }

    /**
     * The municipal route: no institute is named; the Mariinsk methodological service reviews, and the
     * application waits for the распоряжение of the Mariinsk education authority.
     */
    private void municipalSiteAtTheEducationAuthority() {
        String project = MUNICIPAL_SITE_PROJECT;
        ProjectDetails program = supportSiteProgram();
        ProjectDetails municipal = new ProjectDetails(StatusLevel.MUNICIPAL, program.theme(), program.goal(),
                program.tasks(), program.direction(), program.period(), program.stages(), program.leadOrganization(),
                program.participants(), program.leader(), program.deputy(), program.coordinators(),
                program.scientificConsultant(), program.team(), program.partners(), program.risks());
        school("abdulkhakova", SCHOOL_12_MARIINSK, new RegisterProjectDraftCommand(project, municipal));
        school("abdulkhakova", SCHOOL_12_MARIINSK, new SubmitApplicationCommand(project, null));
        complete("kartashova", project, "Task_SignApplication", Map.of(ApprovalProcesses.SIGNATURE_CONFIRMED, true));
        complete("metodist-mariinsk", project, "Task_InstituteReview", Map.of(
                ApprovalProcesses.INSTITUTE_DECISION, "APPROVE",
                ApprovalProcesses.INSTITUTE_CONCLUSION, "Программа соответствует требованиям к муниципальным "
                        + "инновационным площадкам; рекомендуется присвоить статус"));
    }

    /** A school's command through the API's path: the command bus, with the user in the metadata. */
    private void school(String userId, String organizationId, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(Map.of(
                MetaDataKeys.USER_ID, userId, MetaDataKeys.ORGANIZATION_ID, organizationId,
                MetaDataKeys.ROLE, Role.SCHOOL.name(), MetaDataKeys.CORRELATION_ID, "demo-data")));
    }

    /** A task completed as the user logged in to Tasklist would, with their groups. */
    private void complete(String userId, String businessKey, String taskKey, Map<String, Object> formValues) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
        try {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey).singleResult();
            if (task == null) {
                throw new IllegalStateException("demo data: no open " + taskKey + " for " + businessKey);
            }
            taskService.complete(task.getId(), formValues);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
