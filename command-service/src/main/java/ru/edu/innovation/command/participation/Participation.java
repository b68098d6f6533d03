package ru.edu.innovation.command.participation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.participation.OrganizationParticipationRecordedEvent;
import ru.edu.innovation.api.participation.ParticipantCountsRecordedEvent;
import ru.edu.innovation.api.participation.RecordOrganizationParticipationCommand;
import ru.edu.innovation.api.participation.RecordParticipantCountsCommand;
import ru.edu.innovation.api.participation.RecordTeamMemberCommand;
import ru.edu.innovation.api.participation.TeamMemberRecordedEvent;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who takes part in the running project, as its reports show it: participants by category per
 * period, the participant organizations' role and composition, and the team. Facts of the project
 * as it runs, apart from the organizations and the team its application named.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Participation {

    private Set<String> countsIds = new HashSet<>();
    private Set<Period> countedPeriods = new HashSet<>();
    private Set<String> participationIds = new HashSet<>();
    private Set<String> memberIds = new HashSet<>();

    @CommandHandler
    public long handle(RecordParticipantCountsCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (countsIds.contains(command.countsId())) {
            throw Refusals.alreadyExists("Численность участников", command.countsId());
        }
        Period period = command.counts().period();
        project.requireInsideProject(period, "Период численности участников");
        if (countedPeriods.contains(period)) {
            throw Refusals.violation("PARTICIPANT_COUNTS_ALREADY_RECORDED", "Численность участников за период "
                    + period.from() + " – " + period.to() + " уже записана");
        }
        apply(new ParticipantCountsRecordedEvent(project.projectId(), command.countsId(), command.counts()));
        return project.version();
    }

    @CommandHandler
    public long handle(RecordOrganizationParticipationCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (participationIds.contains(command.participationId())) {
            throw Refusals.alreadyExists("Участие организаций", command.participationId());
        }
        project.requireInsideProject(command.participation().period(), "Период участия организаций");
        apply(new OrganizationParticipationRecordedEvent(project.projectId(), command.participationId(),
                command.participation()));
        return project.version();
    }

    @CommandHandler
    public long handle(RecordTeamMemberCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (memberIds.contains(command.memberId())) {
            throw Refusals.alreadyExists("Участник команды", command.memberId());
        }
        if (command.member().period() != null) {
            project.requireInsideProject(command.member().period(), "Период работы в команде");
        }
        apply(new TeamMemberRecordedEvent(project.projectId(), command.memberId(), command.member()));
        return project.version();
    }

    @EventSourcingHandler
    void on(ParticipantCountsRecordedEvent event) {
        countsIds.add(event.countsId());
        countedPeriods.add(event.counts().period());
    }

    @EventSourcingHandler
    void on(OrganizationParticipationRecordedEvent event) {
        participationIds.add(event.participationId());
    }

    @EventSourcingHandler
    void on(TeamMemberRecordedEvent event) {
        memberIds.add(event.memberId());
    }
}
