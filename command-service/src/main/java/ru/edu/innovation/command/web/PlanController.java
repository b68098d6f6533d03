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
import ru.edu.innovation.api.plan.ActivityAmendment;
import ru.edu.innovation.api.plan.ActivityCancellation;
import ru.edu.innovation.api.plan.ActivityPlan;
import ru.edu.innovation.api.plan.AdoptNormativeActCommand;
import ru.edu.innovation.api.plan.AmendActivityCommand;
import ru.edu.innovation.api.plan.CancelActivityCommand;
import ru.edu.innovation.api.plan.Deviation;
import ru.edu.innovation.api.plan.HeldEvent;
import ru.edu.innovation.api.plan.NormativeAct;
import ru.edu.innovation.api.plan.NormativeActAdoption;
import ru.edu.innovation.api.plan.PlanActivityCommand;
import ru.edu.innovation.api.plan.RecordActivityDeviationCommand;
import ru.edu.innovation.api.plan.RecordHeldEventCommand;
import ru.edu.innovation.api.plan.RegisterNormativeActCommand;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Календарный план", description = "Мероприятия дорожной карты, проведённые мероприятия, отклонения, локальные акты")
public class PlanController {

    private final ProjectCommandSender sender;

    public PlanController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/activities")
    @Operation(summary = "Запланировать мероприятие")
    public ResponseEntity<CommandResult> plan(@PathVariable String projectId, @Valid @RequestBody ActivityPlan plan,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String activityId = UUID.randomUUID().toString();
        return sender.create(projectId, new PlanActivityCommand(projectId, activityId, plan), Role.SCHOOL, ifMatch,
                activityId);
    }

    @PostMapping("/activities/{activityId}/amendments")
    @Operation(summary = "Скорректировать мероприятие (корректировка программы): новый план мероприятия и причина; "
            + "прежний план остаётся в истории")
    public ResponseEntity<CommandResult> amend(@PathVariable String projectId, @PathVariable String activityId,
                                               @Valid @RequestBody ActivityAmendment amendment,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new AmendActivityCommand(projectId, activityId, amendment), Role.SCHOOL, ifMatch);
    }

    @PostMapping("/activities/{activityId}/cancellation")
    @Operation(summary = "Отменить мероприятие с указанием причины")
    public ResponseEntity<CommandResult> cancel(@PathVariable String projectId, @PathVariable String activityId,
                                                @Valid @RequestBody ActivityCancellation cancellation,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new CancelActivityCommand(projectId, activityId, cancellation), Role.SCHOOL,
                ifMatch);
    }

    @PostMapping("/activities/{activityId}/deviation")
    @Operation(summary = "Записать причину отклонения по мероприятию и управленческие действия "
            + "(каждое может ссылаться на локальный акт проекта)")
    public ResponseEntity<CommandResult> deviation(@PathVariable String projectId, @PathVariable String activityId,
                                                   @Valid @RequestBody Deviation deviation,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new RecordActivityDeviationCommand(projectId, activityId, deviation), Role.SCHOOL,
                ifMatch);
    }

    @PostMapping("/held-events")
    @Operation(summary = "Записать проведённое мероприятие")
    public ResponseEntity<CommandResult> heldEvent(@PathVariable String projectId, @Valid @RequestBody HeldEvent event,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String heldEventId = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordHeldEventCommand(projectId, heldEventId, event), Role.SCHOOL, ifMatch,
                heldEventId);
    }

    @PostMapping("/normative-acts")
    @Operation(summary = "Зарегистрировать локальный нормативный акт: принятый (с датой и номером) или проект акта "
            + "(без номера и даты), который считается только после принятия")
    public ResponseEntity<CommandResult> normativeAct(@PathVariable String projectId, @Valid @RequestBody NormativeAct act,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String actId = UUID.randomUUID().toString();
        return sender.create(projectId, new RegisterNormativeActCommand(projectId, actId, act), Role.SCHOOL, ifMatch,
                actId);
    }

    @PostMapping("/normative-acts/{actId}/adoption")
    @Operation(summary = "Принять проект локального акта: дата принятия и номер")
    public ResponseEntity<CommandResult> adoptNormativeAct(@PathVariable String projectId, @PathVariable String actId,
                                                           @Valid @RequestBody NormativeActAdoption adoption,
                                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return sender.send(projectId, new AdoptNormativeActCommand(projectId, actId, adoption), Role.SCHOOL, ifMatch);
    }
}
