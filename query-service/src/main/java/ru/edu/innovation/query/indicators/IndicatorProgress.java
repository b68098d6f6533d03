package ru.edu.innovation.query.indicators;

import ru.edu.innovation.query.web.PeriodFilter;
import ru.edu.innovation.api.indicator.IndicatorComponent;
import ru.edu.innovation.api.indicator.IndicatorDefinition;
import ru.edu.innovation.api.indicator.IndicatorValue;
import ru.edu.innovation.query.card.IndicatorView;
import ru.edu.innovation.query.indicators.ComponentProgress.Reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A monitoring indicator with every value recorded, in period order, and how far the latest
 * value has moved from the baseline towards the target: (latest − baseline) / (target − baseline)
 * × 100, one decimal. The share may be negative (fell below the baseline) or above 100; it is
 * empty while no value is recorded, without a baseline or a target, and when target equals baseline
 * there is no distance to cover. An indicator of several components shows each with its own values
 * and share; {@code periodLabels} name the values' periods as the documents do, in the same order.
 */
public record IndicatorProgress(String indicatorId, String name, String unit, BigDecimal baseline, BigDecimal target,
                                String collectionMethod, String schedule, String responsible,
                                List<IndicatorValue> values, List<String> periodLabels, IndicatorValue latest,
                                BigDecimal shareOfTarget, List<ComponentProgress> components) {

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
                definition.responsible(), values, values.stream().map(IndicatorProgress::periodLabel).toList(), latest,
                latest == null || latest.value() == null ? null
                        : shareOfTarget(definition.baseline(), definition.target(), latest.value()),
                definition.components().stream().map(component -> component(component, values)).toList());
    }

    /** The same indicator with only the values whose period meets {@code from} – {@code to} (either end open). */
    public static IndicatorProgress of(IndicatorView indicator, LocalDate from, LocalDate to) {
        PeriodFilter wanted = new PeriodFilter(from, to);
        return of(new IndicatorView(indicator.indicatorId(), indicator.definition(), indicator.values().stream()
                .filter(value -> wanted.meets(value.period()))
                .toList()));
    }

    private static ComponentProgress component(IndicatorComponent component, List<IndicatorValue> values) {
        List<Reading> readings = values.stream().flatMap(value -> value.components().stream()
                        .filter(written -> written.component().equals(component.name()))
                        .map(written -> new Reading(periodLabel(value), value.period().from(), value.period().to(),
                                written.value())))
                .toList();
        Reading latest = readings.stream()
                .max(Comparator.comparing(Reading::to).thenComparing(Reading::from))
                .orElse(null);
        return new ComponentProgress(component.name(), component.baseline(), component.target(), readings, latest,
                latest == null ? null : shareOfTarget(component.baseline(), component.target(), latest.value()));
    }

    /**
     * How the report names a value's period: a calendar or school year by its year even where it is
     * clipped to the project's period, dates as the period names itself.
     */
    public static String periodLabel(IndicatorValue value) {
        return switch (value.periodKind()) {
            case CALENDAR_YEAR -> value.period().from().getYear() + " год";
            case SCHOOL_YEAR -> {
                LocalDate from = value.period().from();
                int start = from.getMonthValue() >= 9 ? from.getYear() : from.getYear() - 1;
                yield start + "–" + (start + 1);
            }
            case DATES -> value.period().label();
        };
    }

    public static BigDecimal shareOfTarget(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (baseline == null || target == null) {
            return null;
        }
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
