package ru.edu.innovation.api.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/**
 * Everything a project card holds while the application is being prepared (see seed 004). A draft
 * needs only the level, the theme and the lead organization; the rest may come later and is checked
 * when the application is submitted. The leader and the deputy, if named, sign with their
 * {@link Person#login()}.
 */
public record ProjectDetails(
        @NotNull StatusLevel levelAppliedFor,
        @NotBlank @Size(max = 1000) String theme,
        @Size(max = 4000) String goal,
        @Size(max = 50, message = "{innovation.constraints.ListSize.message}") List<@NotBlank @Size(max = 2000) String> tasks,
        @Size(max = 1000) String direction,
        @Valid Period period,
        @Size(max = 20, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid StagePlan> stages,
        @NotNull @Valid Organization leadOrganization,
        @Size(max = 200, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid ParticipantOrganization> participants,
        @Valid Person leader,
        @Valid Person deputy,
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

    /** Details without a deputy. */
    public ProjectDetails(StatusLevel levelAppliedFor, String theme, String goal, List<String> tasks, String direction,
                          Period period, List<StagePlan> stages, Organization leadOrganization,
                          List<ParticipantOrganization> participants, Person leader, List<Person> coordinators,
                          Person scientificConsultant, List<TeamMember> team, List<Partner> partners, List<Risk> risks) {
        this(levelAppliedFor, theme, goal, tasks, direction, period, stages, leadOrganization, participants, leader,
                null, coordinators, scientificConsultant, team, partners, risks);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
