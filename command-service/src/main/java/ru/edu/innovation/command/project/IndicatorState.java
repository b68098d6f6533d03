package ru.edu.innovation.command.project;

import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.indicator.IndicatorDefinition;

import java.util.ArrayList;
import java.util.List;

record IndicatorState(IndicatorDefinition definition, List<Period> recordedPeriods) {

    IndicatorState withValueFor(Period period) {
        List<Period> periods = new ArrayList<>(recordedPeriods);
        periods.add(period);
        return new IndicatorState(definition, List.copyOf(periods));
    }
}
