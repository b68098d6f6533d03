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
import ru.edu.innovation.api.dissemination.Dissemination;
import ru.edu.innovation.api.dissemination.RecordDisseminationCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/dissemination")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Трансляция опыта", description = "Выступления, вебинары, мастер-классы, публикации с уровнем, формой, местом, темой и датой")
public class DisseminationController {

    private final ProjectCommandSender sender;

    public DisseminationController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Записать трансляцию опыта (выступление, вебинар, мастер-класс, публикацию)")
    public ResponseEntity<CommandResult> record(@PathVariable String projectId, @Valid @RequestBody Dissemination dissemination,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String id = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordDisseminationCommand(projectId, id, dissemination), Role.SCHOOL, ifMatch, id);
    }
}
