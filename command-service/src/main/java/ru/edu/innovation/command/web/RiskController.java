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
import ru.edu.innovation.api.risk.ProjectRisk;
import ru.edu.innovation.api.risk.RecordRiskCommand;
import ru.edu.innovation.api.risk.RecordRiskMonitoringCommand;
import ru.edu.innovation.api.risk.RiskMonitoring;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/risks")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Риски", description = "Риски идущего проекта и их мониторинг по периодам")
public class RiskController {

    private final ProjectCommandSender sender;

    public RiskController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Записать риск проекта и способы его преодоления")
    public ResponseEntity<CommandResult> record(@PathVariable String projectId, @Valid @RequestBody ProjectRisk risk,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String riskId = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordRiskCommand(projectId, riskId, risk), Role.SCHOOL, ifMatch, riskId);
    }

    @PostMapping("/{riskId}/monitoring")
    @Operation(summary = "Записать мониторинг риска за период: состояние и что сделано")
    public ResponseEntity<CommandResult> monitor(@PathVariable String projectId, @PathVariable String riskId,
                                                 @Valid @RequestBody RiskMonitoring monitoring,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new RecordRiskMonitoringCommand(projectId, riskId, monitoring), Role.SCHOOL, ifMatch);
    }
}
