package ru.edu.innovation.query.indicators;

import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.query.card.IndicatorView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * A monitoring indicator with every value recorded, in period order, and how far the latest
 * value has moved from the baseline towards the target: (latest − baseline) / (target − baseline)
 * × 100, one decimal. The share may be negative (fell below the baseline) or above 100; it is
 * empty while no value is recorded, and when target equals baseline there is no distance to cover.
 */
public record IndicatorProgress(String indicatorId, String name, String unit, BigDecimal baseline, BigDecimal target,
                                String collectionMethod, String schedule, String responsible,
                                List<IndicatorValue> values, IndicatorValue latest, BigDecimal shareOfTarget) {

    static final Comparator<IndicatorValue> PERIOD_ORDER = Comparator
            .comparing((IndicatorValue value) -> value.period().from())
            .thenComparing(value -> value.period().to());

    public static IndicatorProgress of(IndicatorView indicator) {
        IndicatorDefinition definition = indicator.definition();
        List<IndicatorValue> values = indicator.values().stream().sorted(PERIOD_ORDER).toList();
        // The latest is the value of the period that ends last, not the one recorded last.
        IndicatorValue latest = values.stream()
                .max(Comparator.comparing((IndicatorValue value) -> value.period().to())
                        .thenComparing(value -> value.period().from()))
                .orElse(null);
        return new IndicatorProgress(indicator.indicatorId(), definition.name(), definition.unit(),
                definition.baseline(), definition.target(), definition.collectionMethod(), definition.schedule(),
                definition.responsible(), values, latest,
                latest == null ? null : shareOfTarget(definition.baseline(), definition.target(), latest.value()));
    }

    static BigDecimal shareOfTarget(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        BigDecimal distance = target.subtract(baseline);
        if (distance.signum() == 0) {
            return null;
        }
        return latest.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(distance, 1, RoundingMode.HALF_UP);
    }
}
