package ru.edu.innovation.command.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.command.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;
import static ru.edu.innovation.seeds.SeedProjects.yayaNetworkProject;

/**
 * Files attached to a report through the REST API: the bytes go to {@code report_attachment} in the
 * command's transaction, so whatever is refused (by the door or by the project) stores neither an
 * event nor bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportAttachmentsIntegrationTest extends PostgresIntegrationTest {

    private static final byte[] PROGRAMME = "%PDF-1.7\n% Программа областного семинара\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    private String projectId;
    private String reportId;
    private String attachments;

    @BeforeAll
    void reportWithTheSchool() {
        projectId = registerYayaProject();
        String base = "/api/projects/" + projectId;
        assertThat(call(HttpMethod.PUT, "sikora", base, yayaNetworkProject()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("sikora", base + "/application/submission", REVIEWED_BY_IRO).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        expectCompleted(completeTask("tikhomirova", openTask("tikhomirova", projectId, "Task_SignApplication"),
                Map.of("signatureConfirmed", true)));
        expectCompleted(completeTask("panina", openTask("panina", projectId, "Task_InstituteReview"),
                Map.of("instituteDecision", "APPROVE", "instituteConclusion", "Проект соответствует требованиям")));
        expectCompleted(completeTask("minobr", openTask("minobr", projectId, "Task_MinistryDecision"), Map.of(
                "ministryDecision", "APPROVE", "orderNumber", statusOrder2469().orderNumber(),
                "orderDate", statusOrder2469().orderDate().toString(),
                "validFrom", statusOrder2469().validFrom().toString(),
                "validTo", statusOrder2469().validTo().toString())));
        ResponseEntity<Map> report = post("sikora", base + "/reports", interimReport2022_2023());
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        reportId = (String) report.getBody().get("id");
        attachments = base + "/reports/" + reportId + "/attachments";
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> upload(String user, String fileName, byte[] content, String appendix) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        if (appendix != null) {
            form.add("appendix", appendix);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).exchange(attachments, HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    private long storedFiles() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM report_attachment", Long.class);
        return count == null ? 0 : count;
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> refusedWithoutTrace(Supplier<ResponseEntity<Map>> request) {
        long files = storedFiles();
        ResponseEntity<Map> response = unchangedStore(request);
        assertThat(storedFiles()).as("files stored by a refused request").isEqualTo(files);
        return response;
    }

    @Test
    @DisplayName("a PDF is stored with its SHA-256 in the event and its bytes in report_attachment, under a name without folders")
    void attachesAFile() throws Exception {
        ResponseEntity<Map> response = upload("sikora", "C:\\Мои документы\\Программа семинара.pdf", PROGRAMME,
                "Приложение 3. Программа семинара");

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        String attachmentId = (String) response.getBody().get("id");
        Map<String, Object> row = jdbc.queryForMap("SELECT project_id, report_id, file_name, media_type, size_bytes, "
                + "sha256, content FROM report_attachment WHERE attachment_id = ?", attachmentId);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PROGRAMME));
        assertThat(row).containsEntry("project_id", projectId).containsEntry("report_id", reportId)
                .containsEntry("file_name", "Программа семинара.pdf").containsEntry("media_type", "application/pdf")
                .containsEntry("size_bytes", (long) PROGRAMME.length).containsEntry("sha256", sha256);
        assertThat((byte[]) row.get("content")).isEqualTo(PROGRAMME);
        String event = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%ReportFileAttachedEvent' "
                + "AND convert_from(payload, 'UTF8') LIKE ?", String.class, projectId, "%" + attachmentId + "%");
        assertThat(event).contains(sha256, "Программа семинара.pdf", "Приложение 3. Программа семинара", "sikora");
    }

    @Test
    @DisplayName("a picture named as a PDF and a program are refused by their content: 400, nothing stored")
    void refusesByContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        expectProblem(refusedWithoutTrace(() -> upload("sikora", "Фото.pdf", png, null)), HttpStatus.BAD_REQUEST,
                "ATTACHMENT_TYPE_MISMATCH");
        byte[] program = "MZ\u0090 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        expectProblem(refusedWithoutTrace(() -> upload("sikora", "Отчёт.pdf", program, null)),
                HttpStatus.BAD_REQUEST, "ATTACHMENT_TYPE_NOT_ALLOWED");
    }

    @Test
    @DisplayName("a file over the configured 20 MB is 413 ATTACHMENT_TOO_LARGE, a problem detail and not a 500")
    void refusesTooLarge() {
        byte[] large = new byte[(int) DataSize.ofMegabytes(20).toBytes() + 1];
        System.arraycopy(PROGRAMME, 0, large, 0, PROGRAMME.length);

        ResponseEntity<Map> response = refusedWithoutTrace(() -> upload("sikora", "Большой.pdf", large, null));

        expectProblem(response, HttpStatus.PAYLOAD_TOO_LARGE, "ATTACHMENT_TOO_LARGE");
        assertThat((String) response.getBody().get("detail")).contains("20 МБ");
    }

    @Test
    @DisplayName("another school may not attach to the project: 403, nothing stored")
    void deniesAnotherSchool() {
        expectProblem(refusedWithoutTrace(() -> upload("kartashova", "Программа.pdf", PROGRAMME, null)),
                HttpStatus.FORBIDDEN, "PROJECT_ACCESS_DENIED");
    }

    @Test
    @DisplayName("a file detached can't be detached again (404); a file the project refuses leaves no bytes behind")
    void detachesAndRollsBackRefusedFiles() {
        ResponseEntity<Map> attached = upload("sikora", "Анкета.pdf", PROGRAMME, null);
        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String attachment = attachments + "/" + attached.getBody().get("id");

        expectProblem(refusedWithoutTrace(() -> upload("sikora", "анкета.PDF", PROGRAMME, null)),
                HttpStatus.CONFLICT, "DUPLICATE_ATTACHMENT_NAME");
        assertThat(call(HttpMethod.DELETE, "sikora", attachment, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        expectProblem(unchangedStore(() -> call(HttpMethod.DELETE, "sikora", attachment, null)),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    @DisplayName("once the leader signed the report, a file is refused by the project (409) and its bytes roll back")
    void refusedAfterSignature() {
        String otherReport = secondReportSigned();
        String path = "/api/projects/" + projectId + "/reports/" + otherReport + "/attachments";
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(PROGRAMME) {
            @Override
            public String getFilename() {
                return "Поздно.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<Map> response = refusedWithoutTrace(() ->
                as("sikora").exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), Map.class));

        expectProblem(response, HttpStatus.CONFLICT, "REPORT_NOT_WITH_SCHOOL");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_attachment WHERE report_id = ?", Long.class,
                otherReport)).isZero();
    }

    /** A final-kind report can't be submitted yet, so a second interim one for another period is signed. */
    private String secondReportSigned() {
        var seed = interimReport2022_2023();
        var period = new Period(seed.reportingPeriod().to().plusDays(1),
                seed.reportingPeriod().to().plusMonths(4));
        ResponseEntity<Map> report = post("sikora", "/api/projects/" + projectId + "/reports",
                new ReportSubmission(seed.kind(), period, seed.sections()));
        assertThat(report.getStatusCode()).as("%s", report.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = (String) report.getBody().get("id");
        assertThat(post("tikhomirova", "/api/projects/" + projectId + "/reports/" + id + "/signature", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    @Test
    @DisplayName("a request without a file is 400 with a code")
    void refusesMissingFile() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("appendix", "Приложение 1");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<Map> response = refusedWithoutTrace(() ->
                as("sikora").exchange(attachments, HttpMethod.POST, new HttpEntity<>(form, headers), Map.class));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsKey("code");
        assertThat(List.of(response.getBody().get("detail"))).isNotEmpty();
    }
}
