package ru.edu.innovation.launcher;

import ru.edu.innovation.api.dissemination.RecordDisseminationCommand;
import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.participation.RecordOrganizationParticipationCommand;
import ru.edu.innovation.api.participation.RecordParticipantCountsCommand;
import ru.edu.innovation.api.participation.RecordTeamMemberCommand;
import ru.edu.innovation.api.participation.TeamMemberProfile;
import ru.edu.innovation.api.plan.AmendActivityCommand;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RegisterNormativeActCommand;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.RecordProductCommand;
import ru.edu.innovation.api.project.RegisterProjectDraftCommand;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.RecordResourceCommand;
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.api.status.StatusOrder;
import ru.edu.innovation.processes.ApprovalProcesses;
import ru.edu.innovation.seeds.Seed002SupportSite;
import ru.edu.innovation.seeds.Seed002SupportSite.PlannedRow;

import java.util.List;
import java.util.Map;

import static ru.edu.innovation.seeds.SeedProjects.SCHOOL_12_MARIINSK;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;

/**
 * Seed 002 in the demo: the support site of KRIPKiPRO at school 12 of Mariinsk goes its route —
 * KRIPKiPRO's department reviews, the institute's directorate assigns the status by its order — and
 * carries every table of the program as a running project. Its organizational stage's completion
 * then waits at the department, so KRIPKiPRO's reviewers have an item in their queue.
 */
final class Seed002Demo {

    /** A school's command as DemoData sends it: through the command bus, with the user in the metadata. */
    @FunctionalInterface
    interface SchoolCommands {
        void send(String userId, String organizationId, Object command);
    }

    /** A Camunda task completed as DemoData completes it: as the user logged in to Tasklist. */
    @FunctionalInterface
    interface Tasks {
        void complete(String userId, String businessKey, String taskKey, Map<String, Object> formValues);
    }

    private static final String SCHOOL = "abdulkhakova";

    private final SchoolCommands commands;
    private final Tasks tasks;

    Seed002Demo(SchoolCommands commands, Tasks tasks) {
        this.commands = commands;
        this.tasks = tasks;
    }

    void runningSupportSite(String project, String instituteId) {
        school(new RegisterProjectDraftCommand(project, supportSiteProgram()));
        school(new SubmitApplicationCommand(project, instituteId));
        tasks.complete("kartashova", project, "Task_SignApplication", Map.of(ApprovalProcesses.SIGNATURE_CONFIRMED, true));
        tasks.complete("krasnoshlykova", project, "Task_InstituteReview", Map.of(
                ApprovalProcesses.INSTITUTE_DECISION, "APPROVE",
                ApprovalProcesses.INSTITUTE_CONCLUSION, "Программа опорной площадки соответствует требованиям КРИПКиПРО"));
        StatusOrder order = Seed002SupportSite.directorateOrder();
        tasks.complete("rector-kripkipro", project, "Task_MinistryDecision", Map.of(
                ApprovalProcesses.MINISTRY_DECISION, "APPROVE",
                ApprovalProcesses.ORDER_NUMBER, order.orderNumber(),
                ApprovalProcesses.ORDER_DATE, order.orderDate().toString(),
                ApprovalProcesses.VALID_FROM, order.validFrom().toString(),
                ApprovalProcesses.VALID_TO, order.validTo().toString()));

        for (PlannedRow row : Seed002SupportSite.plan()) {
            school(new PlanActivityCommand(project, row.key(), row.plan()));
        }
        school(new AmendActivityCommand(project, Seed002SupportSite.NORMATIVE_BASE,
                Seed002SupportSite.normativeBaseCorrection()));
        List<TeamMemberProfile> team = Seed002SupportSite.team();
        for (int i = 0; i < team.size(); i++) {
            school(new RecordTeamMemberCommand(project, "team-" + (i + 1), team.get(i)));
        }
        List<ProjectResource> resources = Seed002SupportSite.resources();
        for (int i = 0; i < resources.size(); i++) {
            school(new RecordResourceCommand(project, "resource-" + (i + 1), resources.get(i)));
        }
        school(new RecordOrganizationParticipationCommand(project, "cluster-schools",
                Seed002SupportSite.clusterSchools()));
        school(new RecordParticipantCountsCommand(project, "cluster-students", Seed002SupportSite.clusterStudents()));
        List<NormativeAct> acts = Seed002SupportSite.normativeActs();
        for (int i = 0; i < acts.size(); i++) {
            school(new RegisterNormativeActCommand(project, "act-" + (i + 1), acts.get(i)));
        }
        List<Product> products = Seed002SupportSite.expectedProducts();
        for (int i = 0; i < products.size(); i++) {
            school(new RecordProductCommand(project, "product-" + (i + 1), products.get(i)));
        }
        List<IndicatorDefinition> indicators = Seed002SupportSite.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            school(new DefineIndicatorCommand(project, "criterion-" + (i + 1), indicators.get(i)));
        }
        school(new RecordDisseminationCommand(project, "kripkipro-seminars", Seed002SupportSite.kripkiproSeminars()));

        // The results of the organizational stage as the plan's rows 1.1–1.7 name them.
        commands.send("kartashova", SCHOOL_12_MARIINSK, new RequestStageCompletionCommand(project, 1,
                new StageCompletionRequest(
                "Организационный этап: анализ кадровых, программных, материально-технических, организационных "
                        + "условий; план работы; распределение обязанностей по областям деятельности; "
                        + "нормативно-правовые документы; определение уровня сформированности профессиональной "
                        + "компетентности педагогов")));
    }

    private void school(Object command) {
        commands.send(SCHOOL, SCHOOL_12_MARIINSK, command);
    }
}
