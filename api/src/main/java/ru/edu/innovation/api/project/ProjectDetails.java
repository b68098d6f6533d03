package ru.edu.innovation.api.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.ParticipantOrganization;
import ru.edu.innovation.api.common.Partner;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.Risk;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.common.TeamMember;

import java.util.List;

/** Everything a project card holds while the application is being prepared (see seed 004). */
public record ProjectDetails(
        @NotNull StatusLevel levelAppliedFor,
        @NotBlank @Size(max = 1000) String theme,
        @NotBlank @Size(max = 4000) String goal,
        @NotEmpty @Size(max = 50, message = "{innovation.constraints.ListSize.message}") List<@NotBlank @Size(max = 2000) String> tasks,
        @Size(max = 1000) String direction,
        @NotNull @Valid Period period,
        @NotEmpty @Size(max = 20, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid StagePlan> stages,
        @NotNull @Valid Organization leadOrganization,
        @Size(max = 200, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid ParticipantOrganization> participants,
        @NotNull @Valid Person leader,
        @Size(max = 50, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid Person> coordinators,
        @Valid Person scientificConsultant,
        @Size(max = 200, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid TeamMember> team,
        @Size(max = 200, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid Partner> partners,
        @Size(max = 100, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid Risk> risks) {

    public ProjectDetails {
        tasks = copy(tasks);
        stages = copy(stages);
        participants = copy(participants);
        coordinators = copy(coordinators);
        team = copy(team);
        partners = copy(partners);
        risks = copy(risks);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
