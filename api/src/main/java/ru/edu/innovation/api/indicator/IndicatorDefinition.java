package ru.edu.innovation.api.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A monitoring indicator (показатель), e.g. average OGE score in physics, 14.8 → 17.8, or one
 * measured as several named components (competency diagnostics by area), each with its own
 * baseline and target. Unit, baseline, target and collection method are optional: many documents give
 * none of them (seed 002 names its criteria only).
 */
public record IndicatorDefinition(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 100) String unit,
        BigDecimal baseline,
        BigDecimal target,
        @Size(max = 2000) String collectionMethod,
        @Size(max = 500) String schedule,
        @Size(max = 500) String responsible,
        @Size(max = 50) List<@NotNull @Valid IndicatorComponent> components) {

    public IndicatorDefinition {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** An indicator without components. */
    public IndicatorDefinition(String name, String unit, BigDecimal baseline, BigDecimal target,
                               String collectionMethod, String schedule, String responsible) {
        this(name, unit, baseline, target, collectionMethod, schedule, responsible, List.of());
    }

    @JsonIgnore
    @AssertTrue(message = "названия составляющих показателя не должны повторяться")
    public boolean isComponentNamesUnique() {
        List<String> names = components.stream().filter(Objects::nonNull).map(IndicatorComponent::name).toList();
        return names.stream().distinct().count() == names.size();
    }
}
