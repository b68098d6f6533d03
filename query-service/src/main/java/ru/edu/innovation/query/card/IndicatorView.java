package ru.edu.innovation.query.card;

import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;

import java.util.ArrayList;
import java.util.List;

public record IndicatorView(String indicatorId, IndicatorDefinition definition, List<IndicatorValue> values) {

    public IndicatorView {
        values = values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
