package ru.edu.innovation.command.risk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.risk.RecordRiskMonitoringCommand;
import ru.edu.innovation.api.risk.RiskMonitoringRecordedEvent;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A risk and the periods it was monitored for; one monitoring entry per period. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Risk {

    @EntityId
    private String riskId;
    private String title;
    private Set<Period> monitoredPeriods = new HashSet<>();

    Risk() {
        // Jackson needs a no-arg constructor to read the risk back from a snapshot.
    }

    Risk(String riskId, String title) {
        this.riskId = riskId;
        this.title = title;
    }

    @CommandHandler
    public long handle(RecordRiskMonitoringCommand command, ProjectContext project) {
        Period period = command.monitoring().period();
        project.requireInsideProject(period, "Период мониторинга риска");
        if (monitoredPeriods.contains(period)) {
            throw Refusals.violation("RISK_MONITORING_ALREADY_RECORDED", "Мониторинг риска «" + title
                    + "» за период " + period.from() + " – " + period.to() + " уже записан");
        }
        apply(new RiskMonitoringRecordedEvent(project.projectId(), riskId, command.monitoring()));
        return project.version();
    }

    @EventSourcingHandler
    void on(RiskMonitoringRecordedEvent event) {
        monitoredPeriods.add(event.monitoring().period());
    }

    /** Equal state: Axon's fixture compares the state a command left with the state its events rebuild. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Risk other && Objects.equals(riskId, other.riskId) && Objects.equals(title, other.title)
                && Objects.equals(monitoredPeriods, other.monitoredPeriods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(riskId, title, monitoredPeriods);
    }
}
