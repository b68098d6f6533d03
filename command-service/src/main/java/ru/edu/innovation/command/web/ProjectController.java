package ru.edu.innovation.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.api.project.ApplicationSubmission;
import ru.edu.innovation.api.project.AssignReviewingInstituteCommand;
import ru.edu.innovation.api.project.CompleteProjectCommand;
import ru.edu.innovation.api.project.ProjectCompletion;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.RegisterProjectDraftCommand;
import ru.edu.innovation.api.project.ReviewingInstituteChoice;
import ru.edu.innovation.api.project.SignApplicationCommand;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.api.project.UpdateProjectDraftCommand;
import ru.edu.innovation.api.status.ExtendStatusCommand;
import ru.edu.innovation.api.status.RevokeStatusCommand;
import ru.edu.innovation.api.status.StatusExtension;
import ru.edu.innovation.api.status.StatusRevocation;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Проект и статус", description = "Черновик заявки, подача и подпись; экспертиза и решение министерства — задачи в Camunda Tasklist")
public class ProjectController {

    private final ProjectCommandSender sender;

    public ProjectController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Зарегистрировать черновик проекта (заявки на статус)")
    public ResponseEntity<CommandResult> register(@Valid @RequestBody ProjectDetails details) {
        String projectId = UUID.randomUUID().toString();
        return sender.create(projectId, new RegisterProjectDraftCommand(projectId, details), Role.SCHOOL, null, projectId);
    }

    @PutMapping("/{projectId}")
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Изменить черновик (или возвращённую на доработку заявку)")
    public ResponseEntity<CommandResult> update(@PathVariable String projectId, @Valid @RequestBody ProjectDetails details,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new UpdateProjectDraftCommand(projectId, details), Role.SCHOOL, ifMatch);
    }

    @PostMapping("/{projectId}/application/submission")
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Подать заявку на признание инновационной площадкой",
            description = "В теле — институт, проводящий экспертизу проекта (reviewingInstituteId, например iro-kuzbass); "
                    + "при повторной подаче его можно не указывать: остаётся названный ранее")
    public ResponseEntity<CommandResult> submit(@PathVariable String projectId,
                                                @Valid @RequestBody(required = false) ApplicationSubmission submission,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String institute = submission == null ? null : submission.reviewingInstituteId();
        return sender.send(projectId, new SubmitApplicationCommand(projectId, institute), Role.SCHOOL, ifMatch);
    }

    @PutMapping("/{projectId}/reviewing-institute")
    @PreAuthorize("hasRole('MINISTRY')")
    @Operation(summary = "Назначить (сменить) институт, проводящий экспертизу проекта",
            description = "Пока институт не принял решение по заявке; открытая задача экспертизы переходит новому институту")
    public ResponseEntity<CommandResult> assignReviewingInstitute(@PathVariable String projectId,
                                                                  @Valid @RequestBody ReviewingInstituteChoice choice,
                                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new AssignReviewingInstituteCommand(projectId, choice.instituteId()),
                Role.MINISTRY, ifMatch);
    }

    @PostMapping("/{projectId}/application/signature")
    @PreAuthorize("hasRole('SCHOOL')")
    @Operation(summary = "Подписать поданную заявку (руководитель площадки)")
    public ResponseEntity<CommandResult> sign(@PathVariable String projectId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new SignApplicationCommand(projectId), Role.SCHOOL, ifMatch);
    }

    @PostMapping("/{projectId}/status/extension")
    @PreAuthorize("hasRole('MINISTRY')")
    @Operation(summary = "Продлить статус")
    public ResponseEntity<CommandResult> extendStatus(@PathVariable String projectId,
                                                      @Valid @RequestBody StatusExtension extension,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new ExtendStatusCommand(projectId, extension), Role.MINISTRY, ifMatch);
    }

    @PostMapping("/{projectId}/status/revocation")
    @PreAuthorize("hasRole('MINISTRY')")
    @Operation(summary = "Досрочно прекратить статус")
    public ResponseEntity<CommandResult> revokeStatus(@PathVariable String projectId,
                                                      @Valid @RequestBody StatusRevocation revocation,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new RevokeStatusCommand(projectId, revocation), Role.MINISTRY, ifMatch);
    }

    @PostMapping("/{projectId}/completion")
    @PreAuthorize("hasRole('MINISTRY')")
    @Operation(summary = "Завершить проект (все этапы утверждены, итоговый отчёт принят)")
    public ResponseEntity<CommandResult> complete(@PathVariable String projectId,
                                                  @Valid @RequestBody ProjectCompletion completion,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new CompleteProjectCommand(projectId, completion), Role.MINISTRY, ifMatch);
    }
}
