package ru.edu.innovation.command.dissemination;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.dissemination.Dissemination;
import ru.edu.innovation.api.dissemination.DisseminationForm;
import ru.edu.innovation.api.dissemination.DisseminationRecordedEvent;
import ru.edu.innovation.api.dissemination.RecordDisseminationCommand;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The project's dissemination of experience: talks, webinars, master classes, publications. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Disseminations {

    private Set<String> disseminationIds = new HashSet<>();

    @CommandHandler
    public long handle(RecordDisseminationCommand command, MetaData metaData, Clock clock, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (disseminationIds.contains(command.disseminationId())) {
            throw Refusals.alreadyExists("Запись о трансляции опыта", command.disseminationId());
        }
        Dissemination dissemination = command.dissemination();
        if (dissemination.date() != null) {
            project.requireDoneWithinProject(dissemination.date(), "Дата трансляции опыта", clock);
        }
        if (dissemination.form() == DisseminationForm.PUBLICATION && dissemination.publication() == null) {
            throw Refusals.violation("PUBLICATION_DATA_MISSING",
                    "У публикации должны быть выходные данные: где она опубликована");
        }
        apply(new DisseminationRecordedEvent(project.projectId(), command.disseminationId(), dissemination));
        return project.version();
    }

    @EventSourcingHandler
    void on(DisseminationRecordedEvent event) {
        disseminationIds.add(event.disseminationId());
    }
}
