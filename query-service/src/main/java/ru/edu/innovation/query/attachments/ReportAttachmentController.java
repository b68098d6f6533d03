package ru.edu.innovation.query.attachments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "Отчёты")
public class ReportAttachmentController {

    private final ReportAttachments attachments;

    public ReportAttachmentController(ReportAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/api/projects/{projectId}/reports/{reportId}/attachments/{attachmentId}")
    @Operation(summary = "Скачать файл, приложенный к отчёту; содержимое сверяется с SHA-256 из истории проекта")
    @ApiResponse(responseCode = "200", description = "содержимое файла",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> download(@PathVariable String projectId, @PathVariable String reportId,
                                           @PathVariable String attachmentId) {
        ReportAttachments.AttachedFile file = attachments.download(projectId, reportId, attachmentId);
        // filename* (RFC 6266 / 5987) carries a Cyrillic name in UTF-8; filename keeps an encoded fallback for old clients.
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.attachment().fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                // The browser keeps to the type the content was checked as, and never renders it in place.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(file.content());
    }
}
