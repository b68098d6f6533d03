package ru.edu.innovation.query;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.stage.StageCompletionRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static ru.edu.innovation.seeds.SeedProjects.conferenceActivity;
import static ru.edu.innovation.seeds.SeedProjects.conferenceHeld;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.ogeAverageScorePhysics;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.supportSiteProgram;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

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
    String yayaWithReportAndStageAtInstitute() {
        String projectId = yayaAtInstitute();
        String base = "/api/projects/" + projectId;
        it.completeTask("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям к региональным инновационным площадкам"));
        it.completeTask("minobr", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", statusOrder2469().orderNumber(), "orderDate", statusOrder2469().orderDate().toString(),
                "validFrom", statusOrder2469().validFrom().toString(), "validTo", statusOrder2469().validTo().toString()));
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
