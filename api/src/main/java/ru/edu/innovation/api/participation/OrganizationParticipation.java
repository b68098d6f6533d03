package ru.edu.innovation.api.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

/**
 * Organizations taking part in the running project as the report describes them, e.g. «8 schools:
 * administration and 21 teachers»: who they are, their role, how many, of whom; over a period.
 */
public record OrganizationParticipation(@NotBlank @Size(max = 1000) String organizations,
                                        @Size(max = 2000) String role,
                                        @PositiveOrZero @Max(100_000) Integer count,
                                        @Size(max = 2000) String composition,
                                        @NotNull @Valid Period period) {
}
