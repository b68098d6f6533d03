package ru.edu.innovation.command.network;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.network.RegisterSubProjectCommand;
import ru.edu.innovation.api.network.SubProject;
import ru.edu.innovation.api.network.SubProjectRegisteredEvent;
import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The sub-projects of a network project (сетевой проект): each participant organization of the
 * application may run its own, with its own plan entries. The lead school or the participant itself
 * registers it; the plan asks here which organization runs a sub-project.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class SubProjects {

    /** The organization that runs each sub-project, by the sub-project's id. */
    private Map<String, String> organizationBySubProject = new HashMap<>();

    @CommandHandler
    public long handle(RegisterSubProjectCommand command, MetaData metaData, ProjectContext project) {
        SubProject subProject = command.subProject();
        project.authorizeSchoolOrParticipant(Actor.from(metaData), subProject.organizationId());
        project.requireRunning();
        if (organizationBySubProject.containsKey(command.subProjectId())) {
            throw Refusals.alreadyExists("Подпроект", command.subProjectId());
        }
        Organization participant = project.participant(subProject.organizationId())
                .orElseThrow(() -> Refusals.violation("NOT_A_NETWORK_PARTICIPANT", "Организация «"
                        + subProject.organizationId() + "» не участвует в сетевом проекте: подпроект ведёт только "
                        + "участник, названный в заявке"));
        if (subProject.period() != null) {
            project.requireInsideProject(subProject.period(), "Период подпроекта");
        }
        apply(new SubProjectRegisteredEvent(project.projectId(), command.subProjectId(), subProject, participant));
        return project.version();
    }

    /** The organization that runs sub-project {@code subProjectId}, if the project has it. */
    public Optional<String> organizationOf(String subProjectId) {
        return Optional.ofNullable(organizationBySubProject.get(subProjectId));
    }

    @EventSourcingHandler
    void on(SubProjectRegisteredEvent event) {
        organizationBySubProject.put(event.subProjectId(), event.subProject().organizationId());
    }
}
