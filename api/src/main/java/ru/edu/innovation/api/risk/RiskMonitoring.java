package ru.edu.innovation.api.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

/** A monitoring entry of a risk: over which period, what state it was in and what was done. */
public record RiskMonitoring(@NotNull @Valid Period period, @NotNull RiskState state,
                             @Size(max = 4000) String actionsTaken) {
}
