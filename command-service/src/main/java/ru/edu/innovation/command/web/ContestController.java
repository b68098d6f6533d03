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
import ru.edu.innovation.api.contest.ContestEntry;
import ru.edu.innovation.api.contest.RecordContestEntryCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/contests")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Конкурсы и награды", description = "Участие педагогов, обучающихся, команд и организаций в конкурсах и олимпиадах, награды")
public class ContestController {

    private final ProjectCommandSender sender;

    public ContestController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Записать участие в конкурсе, олимпиаде или награду")
    public ResponseEntity<CommandResult> record(@PathVariable String projectId, @Valid @RequestBody ContestEntry entry,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String id = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordContestEntryCommand(projectId, id, entry), Role.SCHOOL, ifMatch, id);
    }
}
