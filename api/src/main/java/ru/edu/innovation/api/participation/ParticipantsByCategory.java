package ru.edu.innovation.api.participation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

import java.util.List;
import java.util.Objects;

/** The project's participants by category over a period (a school year, a report's period). */
public record ParticipantsByCategory(@NotNull @Valid Period period,
                                @NotEmpty @Size(max = 20) List<@NotNull @Valid CategoryCount> counts,
                                @Size(max = 4000) String comment) {

    public ParticipantsByCategory {
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    @JsonIgnore
    @AssertTrue(message = "каждая категория участников указывается один раз (другие различаются названием)")
    public boolean isCategoriesUnique() {
        List<String> keys = counts.stream().filter(Objects::nonNull)
                .map(count -> count.category() + "/" + (count.name() == null ? "" : count.name().strip())).toList();
        return keys.stream().distinct().count() == keys.size();
    }
}
