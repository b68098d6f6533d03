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
import ru.edu.innovation.api.participation.OrganizationParticipation;
import ru.edu.innovation.api.participation.ParticipantsByCategory;
import ru.edu.innovation.api.participation.RecordOrganizationParticipationCommand;
import ru.edu.innovation.api.participation.RecordParticipantCountsCommand;
import ru.edu.innovation.api.participation.RecordTeamMemberCommand;
import ru.edu.innovation.api.participation.TeamMemberProfile;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects/{projectId}")
@PreAuthorize("hasRole('SCHOOL')")
@Tag(name = "Участники", description = "Участники идущего проекта: численность по категориям, организации-участники, команда")
public class ParticipationController {

    private final ProjectCommandSender sender;

    public ParticipationController(ProjectCommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/participant-counts")
    @Operation(summary = "Записать численность участников проекта по категориям за период")
    public ResponseEntity<CommandResult> recordCounts(@PathVariable String projectId,
                                                      @Valid @RequestBody ParticipantsByCategory counts,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String countsId = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordParticipantCountsCommand(projectId, countsId, counts), Role.SCHOOL,
                ifMatch, countsId);
    }

    @PostMapping("/participant-organizations")
    @Operation(summary = "Записать участие организаций: роль, число, состав (например, «8 школ: администрация и 21 педагог»)")
    public ResponseEntity<CommandResult> recordOrganizations(@PathVariable String projectId,
                                                             @Valid @RequestBody OrganizationParticipation participation,
                                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String participationId = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordOrganizationParticipationCommand(projectId, participationId,
                participation), Role.SCHOOL, ifMatch, participationId);
    }

    @PostMapping("/team")
    @Operation(summary = "Записать участника команды проекта: роль, функции, квалификационная категория, опыт")
    public ResponseEntity<CommandResult> recordTeamMember(@PathVariable String projectId,
                                                          @Valid @RequestBody TeamMemberProfile member,
                                                          @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        String memberId = UUID.randomUUID().toString();
        return sender.create(projectId, new RecordTeamMemberCommand(projectId, memberId, member), Role.SCHOOL, ifMatch,
                memberId);
    }
}
