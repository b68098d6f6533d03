package ru.edu.innovation.command.indicator;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashSet;
import java.util.Set;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An indicator and the periods it has a value for; one value per period. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Indicator {

    @EntityId
    private String indicatorId;
    private IndicatorDefinition definition;
    private Set<Period> recordedPeriods = new HashSet<>();

    Indicator() {
        // Jackson needs a no-arg constructor to read the indicator back from a snapshot.
    }

    Indicator(String indicatorId, IndicatorDefinition definition) {
        this.indicatorId = indicatorId;
        this.definition = definition;
    }

    @CommandHandler
    public long handle(RecordIndicatorValueCommand command, ProjectContext project) {
        Period period = command.value().period();
        project.requireInsideProject(period, "Период значения показателя");
        if (recordedPeriods.contains(period)) {
            throw Refusals.violation("INDICATOR_VALUE_ALREADY_RECORDED", "Значение показателя «" + definition.name()
                    + "» за период " + period.from() + " – " + period.to() + " уже записано");
        }
        apply(new IndicatorValueRecordedEvent(project.projectId(), indicatorId, command.value()));
        return project.version();
    }

    @EventSourcingHandler
    void on(IndicatorValueRecordedEvent event) {
        recordedPeriods.add(event.value().period());
    }

    /** Equal state: Axon's fixture compares the state a command left with the state its events rebuild. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Indicator other && Objects.equals(indicatorId, other.indicatorId) && Objects.equals(definition, other.definition) && Objects.equals(recordedPeriods, other.recordedPeriods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicatorId, definition, recordedPeriods);
    }
}
