package ru.edu.innovation.query.indicators;

import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.query.card.IndicatorView;

import java.math.BigDecimal;
import java.math.MathContext;
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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_INTEGER_DIGITS = 15;

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
        // Exact arithmetic on numbers of far apart scales (1E-10000000 next to 10) builds numbers of
        // millions of digits: every step keeps 34 significant digits instead.
        BigDecimal distance = target.subtract(baseline, MathContext.DECIMAL128);
        if (distance.signum() == 0) {
            return null;
        }
        BigDecimal share = latest.subtract(baseline, MathContext.DECIMAL128)
                .multiply(HUNDRED, MathContext.DECIMAL128)
                .divide(distance, MathContext.DECIMAL128);
        int integerDigits = share.precision() - share.scale();
        if (integerDigits < -1) {
            // Below 0.01 in size: one decimal rounds it to zero (and setScale would expand the number).
            return BigDecimal.ZERO.setScale(1);
        }
        // A share of more than 10^15 % keeps its 34 significant digits, written with an exponent.
        return integerDigits > MAX_INTEGER_DIGITS ? share : share.setScale(1, RoundingMode.HALF_UP);
    }
}
