package ru.edu.innovation.command.resource;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.resource.RecordResourceCommand;
import ru.edu.innovation.api.resource.ResourceRecordedEvent;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The resources (ресурсное обеспечение) the running project relies on. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Resources {

    private Set<String> resourceIds = new HashSet<>();

    @CommandHandler
    public long handle(RecordResourceCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (resourceIds.contains(command.resourceId())) {
            throw Refusals.alreadyExists("Ресурс", command.resourceId());
        }
        if (command.resource().period() != null) {
            project.requireInsideProject(command.resource().period(), "Период ресурса");
        }
        apply(new ResourceRecordedEvent(project.projectId(), command.resourceId(), command.resource()));
        return project.version();
    }

    @EventSourcingHandler
    void on(ResourceRecordedEvent event) {
        resourceIds.add(event.resourceId());
    }
}
