package ru.edu.innovation.command.indicator;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import ru.edu.innovation.api.indicator.DefineIndicatorCommand;
import ru.edu.innovation.api.indicator.IndicatorDefinedEvent;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import ru.edu.innovation.command.kernel.MembersById;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The indicators the project measures its effect by. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Indicators {

    @MembersById(missing = "В проекте нет показателя %s")
    private Map<String, Indicator> indicators = new HashMap<>();

    @CommandHandler
    public long handle(DefineIndicatorCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (indicators.containsKey(command.indicatorId())) {
            throw Refusals.alreadyExists("Показатель", command.indicatorId());
        }
        apply(new IndicatorDefinedEvent(project.projectId(), command.indicatorId(), command.definition()));
        return project.version();
    }

    /** Who may record a value, and whether the project runs, come before the indicator is looked up. */
    @CommandHandlerInterceptor
    void admitValue(RecordIndicatorValueCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
    }

    @EventSourcingHandler
    void on(IndicatorDefinedEvent event) {
        indicators.put(event.indicatorId(), new Indicator(event.indicatorId(), event.definition()));
    }
}
