package ru.edu.innovation.command.indicator;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.ComponentValue;
import ru.edu.innovation.api.indicator.IndicatorComponent;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.api.indicator.IndicatorValueRecordedEvent;
import ru.edu.innovation.api.indicator.RecordIndicatorValueCommand;
import ru.edu.innovation.api.indicator.ValuePeriodKind;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
        IndicatorValue value = command.value();
        Period period = value.period();
        requireNamedPeriod(value.periodKind(), period, project);
        requireKnownComponents(value);
        if (recordedPeriods.contains(period)) {
            throw Refusals.violation("INDICATOR_VALUE_ALREADY_RECORDED", "Значение показателя «" + definition.name()
                    + "» за период " + period.from() + " – " + period.to() + " уже записано");
        }
        apply(new IndicatorValueRecordedEvent(project.projectId(), indicatorId, value));
        return project.version();
    }

    /**
     * A period of dates lies inside the project; a year (calendar or school) is the whole year or
     * that year clipped to the project's period, and meets the project.
     */
    private static void requireNamedPeriod(ValuePeriodKind kind, Period period, ProjectContext project) {
        if (kind == ValuePeriodKind.DATES) {
            project.requireInsideProject(period, "Период значения показателя");
            return;
        }
        LocalDate yearStart = kind == ValuePeriodKind.CALENDAR_YEAR
                ? LocalDate.of(period.from().getYear(), 1, 1) : schoolYearStart(period.from());
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        Period running = project.period();
        LocalDate clippedStart = running.from().isAfter(yearStart) ? running.from() : yearStart;
        LocalDate clippedEnd = running.to().isBefore(yearEnd) ? running.to() : yearEnd;
        boolean whole = period.from().equals(yearStart) && period.to().equals(yearEnd);
        boolean clipped = period.from().equals(clippedStart) && period.to().equals(clippedEnd);
        String year = kind == ValuePeriodKind.CALENDAR_YEAR ? "календарный год" : "учебный год";
        if (!whole && !clipped) {
            throw Refusals.violation("PERIOD_NOT_A_YEAR", "Период " + period.from() + " – " + period.to()
                    + " не " + year + " и не " + year + ", ограниченный периодом реализации проекта");
        }
        if (clippedStart.isAfter(clippedEnd)) {
            throw Refusals.violation("OUTSIDE_PROJECT_PERIOD", "Период значения показателя выходит за период "
                    + "реализации проекта " + running.from() + " – " + running.to());
        }
    }

    private static LocalDate schoolYearStart(LocalDate date) {
        return LocalDate.of(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1, 9, 1);
    }

    /** Components' values name the indicator's components; an indicator without components has a value of its own. */
    private void requireKnownComponents(IndicatorValue value) {
        Set<String> defined = definition.components().stream().map(IndicatorComponent::name)
                .collect(Collectors.toSet());
        String unknown = value.components().stream().map(ComponentValue::component)
                .filter(name -> !defined.contains(name)).collect(Collectors.joining("», «"));
        if (!unknown.isEmpty()) {
            throw Refusals.violation("UNKNOWN_INDICATOR_COMPONENT", "У показателя «" + definition.name()
                    + "» нет составляющих «" + unknown + "»");
        }
        if (value.value() == null && defined.isEmpty()) {
            throw Refusals.violation("INDICATOR_VALUE_MISSING", "У показателя «" + definition.name()
                    + "» нет составляющих: нужно его значение");
        }
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
