package ru.edu.innovation.query.attachments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;


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
        return attachments.download(projectId, reportId, attachmentId).asDownload();
    }
}
