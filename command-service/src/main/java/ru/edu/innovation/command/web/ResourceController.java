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
import ru.edu.innovation.api.resource.ProjectResource;
import ru.edu.innovation.api.resource.RecordResourceCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/resources")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Ресурсы", description = "Ресурсное обеспечение идущего проекта")
public class ResourceController {

    private final ProjectCommandSender sender;

    public ResourceController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Записать ресурс проекта: вид (кадровые, материально-технические, информационные, финансовые …) и описание")
    public ResponseEntity<CommandResult> record(@PathVariable String projectId, @Valid @RequestBody ProjectResource resource,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String resourceId = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordResourceCommand(projectId, resourceId, resource), Role.SCHOOL, ifMatch,
                resourceId);
    }
}
