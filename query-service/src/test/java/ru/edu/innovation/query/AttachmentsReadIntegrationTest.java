package ru.edu.innovation.query;

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
import ru.edu.innovation.query.documents.DocumentTexts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.seeds.SeedProjects.interimReport2022_2023;
import static ru.edu.innovation.seeds.SeedProjects.statusOrder2469;

/**
 * Files attached to a report through command-service, read back through query-service: listed on
 * the report, downloaded by whoever may read the project with their name in UTF-8, refused when the
 * stored bytes are not the ones the history recorded, and listed in the report document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentsReadIntegrationTest extends ReadSideIntegrationTest {

    private static final byte[] PROGRAMME = "%PDF-1.7\n% Программа областного семинара\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private String projectId;
    private String reportId;
    private String programmeId;
    private String draftId;
    private String photoId;
    private long version;

    @BeforeAll
    void reportWithFiles() {
        SeedJourneys journeys = new SeedJourneys(this);
        projectId = journeys.yayaAtInstitute();
        completeTask("panina", projectId, "Task_InstituteReview", Map.of("instituteDecision", "APPROVE",
                "instituteConclusion", "Проект соответствует требованиям к региональным инновационным площадкам"));
        completeTask("minobr", projectId, "Task_MinistryDecision", Map.of("ministryDecision", "APPROVE",
                "orderNumber", statusOrder2469().orderNumber(), "orderDate", statusOrder2469().orderDate().toString(),
                "validFrom", statusOrder2469().validFrom().toString(), "validTo", statusOrder2469().validTo().toString()));
        String base = "/api/projects/" + projectId;
        reportId = (String) command("sikora", base + "/reports", interimReport2022_2023()).getBody().get("id");
        programmeId = (String) upload("Программа семинара.pdf", PROGRAMME, "Приложение 3. Программа семинара")
                .getBody().get("id");
        draftId = (String) upload("Черновик.pdf", PROGRAMME, null).getBody().get("id");
        photoId = (String) upload("Фото конференции.jpg", PHOTO, null).getBody().get("id");
        ResponseEntity<Map> detached = command(HttpMethod.DELETE, "sikora",
                base + "/reports/" + reportId + "/attachments/" + draftId, null);
        version = ((Number) detached.getBody().get("version")).longValue();
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> upload(String fileName, byte[] content, String appendix) {
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
        ResponseEntity<Map> response = commandsAs("sikora").exchange(
                "/api/projects/" + projectId + "/reports/" + reportId + "/attachments", HttpMethod.POST,
                new HttpEntity<>(form, headers), Map.class);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response;
    }

    private String download(String attachmentId) {
        return "/api/projects/" + projectId + "/reports/" + reportId + "/attachments/" + attachmentId;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Map> listed() {
        ResponseEntity<Map> report = as("tikhomirova").getForEntity("/api/projects/{id}/reports/{report}?minVersion={v}",
                Map.class, projectId, reportId, version);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map>) report.getBody().get("attachments");
    }

    @Test
    @DisplayName("the report lists its files with type, size, SHA-256, who and when; the detached one is gone")
    @SuppressWarnings("rawtypes")
    void listsAttachments() throws Exception {
        List<Map> attachments = listed();

        assertThat(attachments).extracting(each -> each.get("attachmentId")).containsExactly(programmeId, photoId);
        Map programme = attachments.get(0);
        assertThat(programme).containsEntry("fileName", "Программа семинара.pdf")
                .containsEntry("mediaType", "application/pdf")
                .containsEntry("size", PROGRAMME.length)
                .containsEntry("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PROGRAMME)))
                .containsEntry("appendix", "Приложение 3. Программа семинара")
                .containsEntry("attachedBy", "sikora")
                .containsKey("attachedAt");
    }

    @Test
    @DisplayName("whoever may read the project downloads the file as stored, its Cyrillic name in filename*")
    void downloads() {
        listed();
        for (String reader : List.of("sikora", "panina", "minobr", "auditor")) {
            ResponseEntity<byte[]> file = as(reader).getForEntity(download(programmeId), byte[].class);

            assertThat(file.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(file.getBody()).isEqualTo(PROGRAMME);
            assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                    .contains("filename*=UTF-8''%D0%9F%D1%80%D0%BE%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0%20");
            assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("Программа семинара.pdf");
            assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    @DisplayName("another school may not download (403); a detached or unknown file is 404 ATTACHMENT_NOT_FOUND")
    @SuppressWarnings("rawtypes")
    void refusals() {
        listed();
        ResponseEntity<Map> foreign = as("kartashova").getForEntity(download(programmeId), Map.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody()).containsEntry("code", "PROJECT_ACCESS_DENIED");

        ResponseEntity<Map> detached = as("sikora").getForEntity(download(draftId), Map.class);
        assertThat(detached.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(detached.getBody()).containsEntry("code", "ATTACHMENT_NOT_FOUND");
        assertThat((String) detached.getBody().get("detail")).contains("не приложен");
    }

    @Test
    @DisplayName("bytes changed in the store are not handed out: 409 ATTACHMENT_TAMPERED")
    @SuppressWarnings("rawtypes")
    void tampered() {
        listed();
        jdbc.update("UPDATE report_attachment SET content = ? WHERE attachment_id = ?",
                new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, photoId);

        ResponseEntity<Map> response = as("panina").getForEntity(download(photoId), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).containsEntry("code", "ATTACHMENT_TAMPERED");
        assertThat((String) response.getBody().get("detail")).contains("Фото конференции.jpg", "SHA-256");
    }

    @Test
    @DisplayName("the report document lists the files under «Приложения» in PDF, DOCX and HTML")
    void documentListsAttachments() throws IOException {
        listed();
        String path = "/api/projects/{id}/reports/{reportId}/document?format={format}";
        List<String> appendices = List.of("Приложения", "Приложение 3. Программа семинара", "Программа семинара.pdf",
                "Фото конференции.jpg");

        byte[] pdf = as("panina").getForEntity(path, byte[].class, projectId, reportId, "pdf").getBody();
        String pdfText = DocumentTexts.pdfText(pdf);
        DocumentTexts.assertInOrder(pdfText, appendices);
        assertThat(pdfText).doesNotContain("Черновик.pdf");
        byte[] docx = as("sikora").getForEntity(path, byte[].class, projectId, reportId, "docx").getBody();
        DocumentTexts.assertInOrder(DocumentTexts.docxText(docx), appendices);
        String html = as("minobr").getForEntity(path, String.class, projectId, reportId, "html").getBody();
        DocumentTexts.assertInOrder(html.replaceAll("<[^>]+>", " "), appendices);
    }
}
