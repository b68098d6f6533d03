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
import ru.edu.innovation.api.stage.RequestStageCompletionCommand;
import ru.edu.innovation.api.stage.StageCompletionRequest;

@RestController
@RequestMapping("/api/projects/{projectId}/stages/{stageNumber}")
@Tag(name = "Этапы", description = "Запрос координатора о завершении этапа; институт и министерство рассматривают его в Camunda Tasklist")
public class StageController {

    private final ProjectCommandSender sender;

    public StageController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/completion-request")
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Запросить завершение текущего этапа")
    public ResponseEntity<CommandResult> request(@PathVariable String projectId, @PathVariable int stageNumber,
                                                 @Valid @RequestBody StageCompletionRequest request,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new RequestStageCompletionCommand(projectId, stageNumber, request), Role.SCHOOL,
                ifMatch);
    }
}
