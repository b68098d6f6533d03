package ru.edu.innovation.query;

import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.ManagementAction;
import ru.edu.innovation.api.plan.NormativeActAdoption;
import ru.edu.innovation.api.stage.StageCompletionRequest;
import ru.edu.innovation.seeds.Seed004NetworkProject;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static ru.edu.innovation.seeds.SeedProjects.abdulkhakovaTeacher;
import static ru.edu.innovation.seeds.SeedProjects.competencyDiagnostics;
import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.conferenceParticipation;
import static ru.edu.innovation.seeds.SeedProjects.coordinationRisk;
import static ru.edu.innovation.seeds.SeedProjects.efficiencyIndicatorsActivity;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.interregionalRallyHeld;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDayHeld2023;
import static ru.edu.innovation.seeds.SeedProjects.methodicalDaySeries;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminar;
import static ru.edu.innovation.seeds.SeedProjects.miroSeminarHeld;
import static ru.edu.innovation.seeds.SeedProjects.miroTrainingActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesOrder;
import static ru.edu.innovation.seeds.SeedProjects.networkCommunitiesRegulation;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkEventsSchedule;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.ogeStudentsBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.pedagogicalSearchPublication;
import static ru.edu.innovation.seeds.SeedProjects.rallyMasterClasses;
import static ru.edu.innovation.seeds.SeedProjects.resourceBaseProduct;
import static ru.edu.innovation.seeds.SeedProjects.resourceMapActivity;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.transportDeviation;
import static ru.edu.innovation.seeds.SeedProjects.transportRisk;
import static ru.edu.innovation.seeds.SeedProjects.transportRiskIn2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkSchools;
import static ru.edu.innovation.seeds.SeedProjects.yayaParticipantsMarchToJune2023;
import static ru.edu.innovation.seeds.SeedProjects.yayaProjectTeam;
import static ru.edu.innovation.seeds.SeedProjects.yayaResourceBase;

/**
 * The seeds' projects driven through command-service by the seeds' people (the school's methodist
 * sikora, its director tikhomirova, the institute's expert panina, the ministry's minobr), each
 * a new project, for tests that need a history to read.
 */
final class SeedJourneys {

    private final ReadSideIntegrationTest it;

    SeedJourneys(ReadSideIntegrationTest it) {
        this.it = it;
    }

    /** Seed 004's project as a draft of imc-yaya. */
    String yayaDraft() {
        return (String) it.command("sikora", "/api/projects", yayaNetworkProject()).getBody().get("projectId");
    }

    /** Seed 002's program as a draft of school 12 of Mariinsk. */
    String mariinskDraft() {
        return (String) it.command("kartashova", "/api/projects", supportSiteProgram()).getBody().get("projectId");
    }

    /** Submitted by sikora, signed by tikhomirova: at the institute's review. */
    String yayaAtInstitute() {
        String projectId = yayaDraft();
        it.command("sikora", "/api/projects/" + projectId + "/application/submission",
                Map.of("reviewingInstituteId", "iro-kuzbass"));
        it.completeTask("tikhomirova", projectId, "Task_SignApplication", Map.of("signatureConfirmed", true));
        return projectId;
    }

    /** Returned for revision by the institute. */
    String yayaReturnedByInstitute() {
        String projectId = yayaAtInstitute();
        it.completeTask("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "RETURN_FOR_REVISION",
                "instituteConclusion", "Уточните показатели эффективности сетевого взаимодействия"));
        return projectId;
    }

    /**
     * Status assigned by order 2469, a conference planned and held, the OGE physics indicator with
     * its 2023 value, the interim report for 2022–2023 submitted and signed, and the first stage's
     * completion asked for: the report and the stage wait at the institute.
     */
    /** Approved by the institute, its status assigned by order 2469: the project runs. */
    String yayaRunning() {
        String projectId = yayaAtInstitute();
        it.completeTask("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям к региональным инновационным площадкам"));
        it.completeTask("minobr", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", statusOrder2469().orderNumber(), "orderDate", statusOrder2469().orderDate().toString(),
                "validFrom", statusOrder2469().validFrom().toString(), "validTo", statusOrder2469().validTo().toString()));
        return projectId;
    }

    /**
     * The running network with seed 004's sub-projects of Ishim's and Novonikolaevka's schools; Ishim's
     * plans one activity of its own (the document names the sub-projects but none of their activities,
     * so the roadmap's row 13 stands in).
     */
    String yayaNetwork() {
        String projectId = yayaRunning();
        String base = "/api/projects/" + projectId;
        String ishim = null;
        for (SubProject subProject : Seed004NetworkProject.subProjects()) {
            if (subProject.organizationId().equals("school-yaya-ishim")
                    || subProject.organizationId().equals("school-yaya-novonikolaevka")) {
                String id = id(it.command("sikora", base + "/sub-projects", subProject));
                ishim = subProject.organizationId().equals("school-yaya-ishim") ? id : ishim;
            }
        }
        it.command("sikora", base + "/sub-projects/" + ishim + "/activities", Seed004NetworkProject.roadmap().get(12));
        return projectId;
    }

    String yayaWithReportAndStageAtInstitute() {
        String projectId = yayaRunning();
        String base = "/api/projects/" + projectId;
        String activityId = (String) it.command("sikora", base + "/activities", conferenceActivity()).getBody().get("id");
        it.command("sikora", base + "/held-events", conferenceHeld(activityId));
        String indicatorId = (String) it.command("sikora", base + "/indicators", ogeAverageScorePhysics())
                .getBody().get("id");
        it.command("sikora", base + "/indicators/" + indicatorId + "/values", new IndicatorValue(
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)), new BigDecimal("15.6"), "ОГЭ 2023"));
        String reportId = (String) it.command("sikora", base + "/reports", interimReport2022_2023()).getBody().get("id");
        it.command("tikhomirova", base + "/reports/" + reportId + "/signature", null);
        it.command("sikora", base + "/stages/1/completion-request",
                new StageCompletionRequest("Подготовительный этап выполнен: карта ресурсов и модель сети готовы"));
        return projectId;
    }

    /**
     * The Yaya project's year as its pages show it, status assigned by order 2469: the conference held
     * (its deadline amended on 20.02.2023), the methodical day a series of two with its April 2023 session
     * held, the Miro seminar held in February 2023 (month only), the network events held with the
     * transport deviation whose first management action cites the regulation adopted as №12 on
     * 05.06.2023, the efficiency indicators never held, the resource map cancelled on 01.02.2023; the
     * dissemination of seeds 000 and 002, the conference as a contest, two products, three local acts
     * (two adopted, the schedule a draft), the participants, team, resources, both risks with the
     * transport risk's monitoring, the OGE physics indicator and the competency diagnostics.
     */
    String yayaYear() {
        String projectId = yayaRunning();
        String base = "/api/projects/" + projectId;
        String regulation = id(it.command("sikora", base + "/normative-acts", networkCommunitiesRegulation()));
        it.command("sikora", base + "/normative-acts/" + regulation + "/adoption",
                new NormativeActAdoption("12", LocalDate.of(2023, 6, 5)));
        String order = id(it.command("sikora", base + "/normative-acts", networkCommunitiesOrder()));
        it.command("sikora", base + "/normative-acts/" + order + "/adoption",
                new NormativeActAdoption("45", LocalDate.of(2023, 6, 1)));
        it.command("sikora", base + "/normative-acts", networkEventsSchedule());

        String resourceMap = id(it.command("sikora", base + "/activities", resourceMapActivity()));
        it.command("sikora", base + "/activities/" + resourceMap + "/cancellation", new ActivityCancellation(
                "Карта ресурсов вошла в муниципальную базу ресурсов Центров", LocalDate.of(2023, 2, 1)));
        String conference = id(it.command("sikora", base + "/activities", conferenceActivity()));
        ActivityPlan planned = conferenceActivity();
        it.command("sikora", base + "/activities/" + conference + "/amendments", new ActivityAmendment(
                new ActivityPlan(planned.taskNumber(), planned.title(), planned.startDate(), LocalDate.of(2023, 3, 20),
                        planned.responsible(), planned.participants(), planned.expectedResult()),
                "Конференция перенесена на каникулы по просьбе школ", LocalDate.of(2023, 2, 20)));
        it.command("sikora", base + "/held-events", conferenceHeld(conference));
        String methodicalDay = id(it.command("sikora", base + "/activities", methodicalDaySeries()));
        it.command("sikora", base + "/held-events", methodicalDayHeld2023(methodicalDay));
        String miro = id(it.command("sikora", base + "/activities", miroTrainingActivity()));
        it.command("sikora", base + "/held-events", miroSeminarHeld(miro));
        String networkEvents = id(it.command("sikora", base + "/activities", networkEventsActivity()));
        it.command("sikora", base + "/held-events", interregionalRallyHeld(networkEvents));
        Deviation transport = transportDeviation();
        it.command("sikora", base + "/activities/" + networkEvents + "/deviation", new Deviation(transport.reason(),
                List.of(new ManagementAction(transport.managementActions().get(0).description(), regulation),
                        transport.managementActions().get(1))));
        it.command("sikora", base + "/activities", efficiencyIndicatorsActivity());

        it.command("kalinchenko", base + "/dissemination", miroSeminar());
        it.command("kalinchenko", base + "/dissemination", pedagogicalSearchPublication());
        it.command("kalinchenko", base + "/dissemination", rallyMasterClasses());
        it.command("kalinchenko", base + "/contests", conferenceParticipation());
        it.command("sikora", base + "/products", resourceBaseProduct(resourceMap));
        it.command("sikora", base + "/products", ogeStudentsBaseProduct());

        it.command("sikora", base + "/participant-counts", yayaParticipantsMarchToJune2023());
        it.command("sikora", base + "/participant-organizations", yayaNetworkSchools());
        yayaProjectTeam().forEach(member -> it.command("sikora", base + "/team", member));
        it.command("sikora", base + "/team", abdulkhakovaTeacher());
        yayaResourceBase().forEach(resource -> it.command("sikora", base + "/resources", resource));
        String transportRisk = id(it.command("sikora", base + "/risks", transportRisk()));
        it.command("sikora", base + "/risks", coordinationRisk());
        it.command("sikora", base + "/risks/" + transportRisk + "/monitoring", transportRiskIn2022_2023());

        String physics = id(it.command("sikora", base + "/indicators", ogeAverageScorePhysics()));
        it.command("sikora", base + "/indicators/" + physics + "/values", new IndicatorValue(
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)), new BigDecimal("15.6"), "ОГЭ 2023"));
        String diagnostics = id(it.command("sikora", base + "/indicators", competencyDiagnostics()));
        it.command("sikora", base + "/indicators/" + diagnostics + "/values", Map.of(
                "period", Map.of("from", "2023-01-01", "to", "2023-12-31"), "periodKind", "CALENDAR_YEAR",
                "components", List.of(Map.of("component", "Предметная", "value", new BigDecimal("8.50")),
                        Map.of("component", "Цифровая", "value", 7))));
        return projectId;
    }

    @SuppressWarnings("rawtypes")
    private static String id(ResponseEntity<Map> created) {
        return (String) created.getBody().get("id");
    }

    /** Waits until the cards show every event stored for every project. */
    void awaitViewsCaughtUp() {
        ReadSideIntegrationTest.eventually(() -> {
            Long behind = it.jdbc.queryForObject("""
                    SELECT count(*)
                      FROM (SELECT aggregate_identifier, max(sequence_number) AS version
                              FROM domain_event_entry GROUP BY aggregate_identifier) stored
                      LEFT JOIN project_card card ON card.project_id = stored.aggregate_identifier
                     WHERE card.version IS DISTINCT FROM stored.version""", Long.class);
            return behind != null && behind == 0;
        });
        it.awaitEveryProjection();
    }
}
