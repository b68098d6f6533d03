package ru.edu.innovation.api.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value an indicator reached over a period, and of each of its components, as written: 12
 * stays 12, 12.50 stays 12.50. {@code periodKind} says how the documents name the period (empty
 * reads as dates); an indicator of components may have no value of its own.
 */
public record IndicatorValue(@NotNull @Valid Period period, BigDecimal value, @Size(max = 4000) String comment,
                             ValuePeriodKind periodKind,
                             @Size(max = 50) List<@NotNull @Valid ComponentValue> components) {

    public IndicatorValue {
        periodKind = periodKind == null ? ValuePeriodKind.DATES : periodKind;
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** A value of an indicator without components over dates. */
    public IndicatorValue(Period period, BigDecimal value, String comment) {
        this(period, value, comment, ValuePeriodKind.DATES, List.of());
    }

    @JsonIgnore
    @AssertTrue(message = "нужно значение показателя или значения его составляющих")
    public boolean isValueGiven() {
        return value != null || !components.isEmpty();
    }

    @JsonIgnore
    @AssertTrue(message = "значение каждой составляющей записывается один раз")
    public boolean isComponentsUnique() {
        List<String> names = components.stream().filter(Objects::nonNull).map(ComponentValue::component).toList();
        return names.stream().distinct().count() == names.size();
    }
}
