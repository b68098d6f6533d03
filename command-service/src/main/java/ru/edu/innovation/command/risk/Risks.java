package ru.edu.innovation.command.risk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import ru.edu.innovation.api.risk.RecordRiskCommand;
import ru.edu.innovation.api.risk.RecordRiskMonitoringCommand;
import ru.edu.innovation.api.risk.RiskRecordedEvent;
import ru.edu.innovation.command.kernel.MembersById;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The risks of the running project, each with its monitoring. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Risks {

    @MembersById(missing = "В проекте нет риска %s")
    private Map<String, Risk> risks = new HashMap<>();

    @CommandHandler
    public long handle(RecordRiskCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (risks.containsKey(command.riskId())) {
            throw Refusals.alreadyExists("Риск", command.riskId());
        }
        apply(new RiskRecordedEvent(project.projectId(), command.riskId(), command.risk()));
        return project.version();
    }

    /** Who may record monitoring, and whether the project runs, come before the risk is looked up. */
    @CommandHandlerInterceptor
    void admitMonitoring(RecordRiskMonitoringCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
    }

    @EventSourcingHandler
    void on(RiskRecordedEvent event) {
        risks.put(event.riskId(), new Risk(event.riskId(), event.risk().title()));
    }
}
