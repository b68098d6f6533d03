package ru.edu.innovation.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.report.ReportSections;
import ru.edu.innovation.api.report.ReportSubmission;
import ru.edu.innovation.api.report.ResubmitReportCommand;
import ru.edu.innovation.api.report.SignReportCommand;
import ru.edu.innovation.api.report.SubmitReportCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/reports")
@Tag(name = "Отчёты", description = "Промежуточные и итоговые отчёты и их рассмотрение")
public class ReportController {

    private final ProjectCommandSender sender;

    public ReportController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Подать отчёт")
    public ResponseEntity<CommandResult> submit(@PathVariable String projectId,
                                                @Valid @RequestBody ReportSubmission submission,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String reportId = UUID.randomUUID().toString();
        return sender.create(projectId, new SubmitReportCommand(projectId, reportId, submission), Role.SCHOOL, ifMatch,
                reportId);
    }

    @PostMapping("/{reportId}/signature")
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Подписать отчёт (руководитель площадки)")
    public ResponseEntity<CommandResult> sign(@PathVariable String projectId, @PathVariable String reportId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new SignReportCommand(projectId, reportId), Role.SCHOOL, ifMatch);
    }

    @PostMapping("/{reportId}/resubmission")
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Повторно подать возвращённый отчёт")
    public ResponseEntity<CommandResult> resubmit(@PathVariable String projectId, @PathVariable String reportId,
                                                  @Valid @RequestBody ReportSections sections,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new ResubmitReportCommand(projectId, reportId, sections), Role.SCHOOL, ifMatch);
    }
}
