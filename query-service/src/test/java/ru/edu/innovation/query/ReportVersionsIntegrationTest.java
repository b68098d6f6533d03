package ru.edu.innovation.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.edu.innovation.api.plan.EventLevel;
import ru.edu.innovation.api.plan.ParticipantCounts;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.report.ReportActivityRow;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.query.documents.DocumentTexts;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.edu.innovation.seeds.SeedProjects.interimReportSections;

/**
 * A report's frozen versions read back from the stored events: a version's document does not move
 * when the project goes on, a resubmission is the next version and what changed is shown, a version
 * whose stored events were changed is refused, never drawn.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportVersionsIntegrationTest extends ReadSideIntegrationTest {

    private static final String DOCUMENT = "/api/projects/{id}/reports/{reportId}/document?format={format}&version={version}";
    private static final String LATEST = "/api/projects/{id}/reports/{reportId}/document?format={format}";
    private static final String VERSIONS = "/api/projects/{id}/reports/{reportId}/versions";
    private static final String DRAFT = "/api/projects/{id}/report-draft?from=2023-01-01&to={to}&format=html";
    private static final String ROW = """
            SELECT global_index, payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""";

    private String projectId;
    private String reportId;
    private String tamperedProjectId;
    private String tamperedReportId;

    @BeforeAll
    void reportsAtInstitute() {
        SeedJourneys journeys = new SeedJourneys(this);
        projectId = journeys.yayaWithReportAndStageAtInstitute();
        reportId = onlyReport(projectId);
        tamperedProjectId = journeys.yayaWithReportAndStageAtInstitute();
        tamperedReportId = onlyReport(tamperedProjectId);
        journeys.awaitViewsCaughtUp();
    }

    @Test
    @DisplayName("version 1 is drawn as submitted while the project goes on, the resubmission is version 2, and what changed is shown")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void frozenVersionsAndTheirDifference() throws IOException {
        List<Map> versions = versions(projectId, reportId);
        assertThat(versions).singleElement().satisfies(version -> {
            assertThat(version).containsEntry("number", 1).containsEntry("submittedBy", "sikora")
                    .containsEntry("verified", true);
            assertThat((String) version.get("sha256")).matches("[0-9a-f]{64}");
        });
        String version1Html = html(projectId, reportId, 1);
        byte[] version1Pdf = as("panina").getForObject(DOCUMENT, byte[].class, projectId, reportId, "pdf", 1);
        assertThat(version1Html).isEqualTo(as("panina").getForObject(LATEST, String.class, projectId, reportId, "html"));
        assertThat(version1Html).doesNotContain("20.05.2023");

        // The project goes on after the submission: another event of the conference is held.
        String base = "/api/projects/" + projectId;
        Map activities = (Map) as("sikora").getForObject("/api/projects/{id}", Map.class, projectId).get("activities");
        String activityId = (String) activities.keySet().iterator().next();
        command("sikora", base + "/held-events", new HeldEvent(LocalDate.of(2023, 5, 20),
                "Семинар для учителей физики по итогам конференции", EventLevel.MUNICIPAL, "очно",
                new ParticipantCounts(0, 0, 11, 0), "Разобраны исследовательские работы конференции", activityId));
        new SeedJourneys(this).awaitViewsCaughtUp();

        assertThat(as("sikora").getForObject(DRAFT, String.class, projectId, LocalDate.now().plusYears(1))).contains("20.05.2023");
        assertThat(html(projectId, reportId, 1)).isEqualTo(version1Html);
        assertThat(DocumentTexts.pdfText(as("panina").getForObject(DOCUMENT, byte[].class, projectId, reportId, "pdf", 1)))
                .isEqualTo(DocumentTexts.pdfText(version1Pdf));

        // The institute returns it; the school adds a row and resubmits: version 2, on the project as it is now.
        completeTask("panina", projectId + "/reports/" + reportId, "Task_InstituteReview", Map.of(
                "instituteDecision", "RETURN_FOR_REVISION", "instituteConclusion", "Добавьте семинар в таблицу"));
        ReportSections first = interimReportSections();
        List<ReportActivityRow> rows = new ArrayList<>(first.activities());
        ReportActivityRow seminar = new ReportActivityRow("Семинар для учителей физики",
                "Проведён 20.05.2023", "Разобраны работы конференции");
        rows.add(seminar);
        ReportSections second = new ReportSections(first.organizations(), first.addressAndContacts(), first.leader(),
                first.theme(), first.goal(), first.stages(), rows, first.analyticalNote());
        ResponseEntity<Map> resubmitted = command("sikora", base + "/reports/" + reportId + "/resubmission", second);
        assertThat(resubmitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        new SeedJourneys(this).awaitViewsCaughtUp();

        assertThat(versions(projectId, reportId)).extracting(version -> version.get("number"), version -> version.get("verified"))
                .containsExactly(tuple(1, true), tuple(2, true));
        String version2Html = html(projectId, reportId, 2);
        assertThat(version2Html).contains("Семинар для учителей физики", "20.05.2023");
        assertThat(as("panina").getForObject(LATEST, String.class, projectId, reportId, "html")).isEqualTo(version2Html);
        // Version 1 shows the conclusion it was returned with, and still not what came after it.
        assertThat(html(projectId, reportId, 1)).contains("Добавьте семинар в таблицу")
                .doesNotContain("Семинар для учителей физики", "20.05.2023");

        Map diff = as("panina").getForObject(VERSIONS + "/diff?from=1&to=2", Map.class, projectId, reportId);
        assertThat(diff).containsEntry("from", 1).containsEntry("to", 2);
        assertThat((List<Map>) diff.get("sections")).extracting(section -> section.get("section"))
                .containsExactly("activities");
        assertThat((List<Map>) diff.get("activities")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("change", "ADDED").containsEntry("afterPosition", rows.size())
                    .doesNotContainKey("before");
            assertThat((Map) row.get("after")).containsEntry("plannedActivity", "Семинар для учителей физики");
        });
    }

    @Test
    @DisplayName("a version whose stored submission was changed is not verified and its document is refused with 409 VERSION_TAMPERED")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void tamperedVersion() {
        Map<String, Object> version = versions(tamperedProjectId, tamperedReportId).get(0);
        long sequence = ((Number) version.get("basedOnSequence")).longValue() + 1;
        Map<String, Object> row = jdbc.queryForMap(ROW, tamperedProjectId, sequence);
        try {
            int changed = jdbc.update("""
                    UPDATE domain_event_entry
                       SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Яйская', 'Ижморская'), 'UTF8')
                     WHERE global_index = ?""", row.get("global_index"));
            assertThat(changed).isEqualTo(1);

            assertThat(versions(tamperedProjectId, tamperedReportId)).singleElement()
                    .satisfies(entry -> assertThat(entry).containsEntry("verified", false));
            for (String format : List.of("html", "pdf", "docx")) {
                ResponseEntity<Map> refused = as("panina").getForEntity(DOCUMENT, Map.class, tamperedProjectId,
                        tamperedReportId, format, 1);
                assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(refused.getBody()).containsEntry("code", "VERSION_TAMPERED");
                assertThat((String) refused.getBody().get("detail")).contains("изменена после подачи");
            }
            ResponseEntity<Map> diff = as("panina").getForEntity(VERSIONS + "/diff?from=1&to=1", Map.class,
                    tamperedProjectId, tamperedReportId);
            assertThat(diff.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", row.get("payload"),
                    row.get("global_index"));
        }
        assertThat(versions(tamperedProjectId, tamperedReportId).get(0)).containsEntry("verified", true);
    }

    @Test
    @DisplayName("an unknown version is 404 REPORT_VERSION_NOT_FOUND, another school's project 403")
    @SuppressWarnings("rawtypes")
    void refusals() {
        ResponseEntity<Map> unknown = as("panina").getForEntity(DOCUMENT, Map.class, projectId, reportId, "html", 9);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("code", "REPORT_VERSION_NOT_FOUND");
        assertThat((String) unknown.getBody().get("detail")).contains("нет версии 9");
        ResponseEntity<Map> unknownDiff = as("panina").getForEntity(VERSIONS + "/diff?from=1&to=9", Map.class,
                projectId, reportId);
        assertThat(unknownDiff.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("kartashova").getForEntity(VERSIONS, Map.class, projectId, reportId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("panina").getForEntity(VERSIONS, Map.class, projectId, "no-such-report").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String html(String project, String report, int version) {
        ResponseEntity<String> html = as("panina").getForEntity(DOCUMENT, String.class, project, report, "html", version);
        assertThat(html.getStatusCode()).as(html.getBody()).isEqualTo(HttpStatus.OK);
        return html.getBody();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Map> versions(String project, String report) {
        ResponseEntity<List> versions = as("panina").getForEntity(VERSIONS, List.class, project, report);
        assertThat(versions.getStatusCode()).isEqualTo(HttpStatus.OK);
        return versions.getBody();
    }

    @SuppressWarnings("rawtypes")
    private String onlyReport(String project) {
        eventually(() -> {
            Map card = as("panina").getForObject("/api/projects/{id}", Map.class, project);
            return card != null && card.get("reports") instanceof Map reports && reports.size() == 1;
        });
        Map reports = (Map) as("panina").getForObject("/api/projects/{id}", Map.class, project).get("reports");
        return (String) reports.keySet().iterator().next();
    }
}
