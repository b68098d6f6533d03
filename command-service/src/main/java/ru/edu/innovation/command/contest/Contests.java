package ru.edu.innovation.command.contest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.contest.ContestEntryRecordedEvent;
import ru.edu.innovation.api.contest.RecordContestEntryCommand;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The contests, olympiads and awards the project's teachers, students and organizations took part in. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Contests {

    private Set<String> entryIds = new HashSet<>();

    @CommandHandler
    public long handle(RecordContestEntryCommand command, MetaData metaData, Clock clock, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (entryIds.contains(command.entryId())) {
            throw Refusals.alreadyExists("Запись об участии в конкурсе", command.entryId());
        }
        if (command.entry().date() != null) {
            project.requireDoneWithinProject(command.entry().date(), "Дата конкурса", clock);
        }
        apply(new ContestEntryRecordedEvent(project.projectId(), command.entryId(), command.entry()));
        return project.version();
    }

    @EventSourcingHandler
    void on(ContestEntryRecordedEvent event) {
        entryIds.add(event.entryId());
    }
}
