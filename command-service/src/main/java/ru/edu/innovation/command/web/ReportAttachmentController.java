package ru.edu.innovation.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.report.DetachReportFileCommand;
import ru.edu.innovation.command.attachment.ReportAttachments;

import java.io.IOException;
import java.io.UncheckedIOException;

@RestController
@RequestMapping("/api/projects/{projectId}/reports/{reportId}/attachments")
@Tag(name = "Отчёты", description = "Промежуточные и итоговые отчёты и их рассмотрение")
public class ReportAttachmentController {

    private final ProjectCommandSender sender;
    private final ReportAttachments attachments;

    public ReportAttachmentController(ProjectCommandSender sender, ReportAttachments attachments) {
        this.sender = sender;
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Приложить файл к отчёту (пока отчёт у школы: до подписи или после возврата); "
            + "PDF, DOCX, DOC, XLSX, XLS, ODT, ODS, JPEG, PNG — вид определяется по содержимому")
    public ResponseEntity<CommandResult> attach(@PathVariable String projectId, @PathVariable String reportId,
                                                @RequestPart("file") MultipartFile file,
                                                @Parameter(description = "номер или название приложения по форме, "
                                                        + "например «Приложение 3. Программа семинара»")
                                                @RequestParam(value = "appendix", required = false) String appendix,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return attachments.attach(projectId, reportId, file.getOriginalFilename(), bytes(file), appendix,
                command -> sender.create(projectId, command, Role.SCHOOL, ifMatch, command.attachmentId()));
    }

    @DeleteMapping("/{attachmentId}")
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Убрать файл из отчёта (пока отчёт у школы)")
    public ResponseEntity<CommandResult> detach(@PathVariable String projectId, @PathVariable String reportId,
                                                @PathVariable String attachmentId,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new DetachReportFileCommand(projectId, reportId, attachmentId), Role.SCHOOL,
                ifMatch);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
    }
}
