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
import ru.edu.innovation.api.network.RegisterSubProjectCommand;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.PlanActivityCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}/sub-projects")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Сетевой проект", description = "Подпроекты организаций-участников сетевого проекта и их мероприятия")
public class SubProjectController {

    private final ProjectCommandSender sender;

    public SubProjectController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @Operation(summary = "Зарегистрировать подпроект организации-участника сетевого проекта (ведущая организация "
            + "или сам участник)")
    public ResponseEntity<CommandResult> registerSubProject(
            @PathVariable String projectId, @Valid @RequestBody SubProject subProject,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String subProjectId = UUID.randomUUID().toString();
        return sender.create(projectId, new RegisterSubProjectCommand(projectId, subProjectId, subProject), Role.SCHOOL,
                ifMatch, subProjectId);
    }

    @PostMapping("/{subProjectId}/activities")
    @Operation(summary = "Запланировать мероприятие подпроекта (школа, ведущая подпроект, или ведущая организация)")
    public ResponseEntity<CommandResult> planSubProjectActivity(
            @PathVariable String projectId, @PathVariable String subProjectId, @Valid @RequestBody ActivityPlan plan,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String activityId = UUID.randomUUID().toString();
        return sender.create(projectId, new PlanActivityCommand(projectId, activityId, plan, subProjectId), Role.SCHOOL,
                ifMatch, activityId);
    }
}
