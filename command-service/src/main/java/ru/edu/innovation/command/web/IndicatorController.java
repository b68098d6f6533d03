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
import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/indicators")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Показатели", description = "Показатели мониторинга и их значения по периодам")
public class IndicatorController {

    private final ProjectCommandSender sender;

    public IndicatorController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Определить показатель")
    public ResponseEntity<CommandResult> define(@PathVariable String projectId,
                                                @Valid @RequestBody IndicatorDefinition definition,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String indicatorId = UUID.randomUUID().toString();
        return sender.create(projectId, new DefineIndicatorCommand(projectId, indicatorId, definition), Role.SCHOOL,
                ifMatch, indicatorId);
    }

    @PostMapping("/{indicatorId}/values")
    @Operation(summary = "Записать значение показателя за период")
    public ResponseEntity<CommandResult> recordValue(@PathVariable String projectId, @PathVariable String indicatorId,
                                                     @Valid @RequestBody IndicatorValue value,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new RecordIndicatorValueCommand(projectId, indicatorId, value), Role.SCHOOL, ifMatch);
    }
}
