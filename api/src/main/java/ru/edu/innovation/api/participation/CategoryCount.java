package ru.edu.innovation.api.participation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** How many of one category took part; {@code name} says who «other» are (e.g. «социальные партнёры»). */
public record CategoryCount(@NotNull ParticipantCategory category, @Size(max = 200) String name,
                            @PositiveOrZero @Max(10_000_000) int count) {
}
