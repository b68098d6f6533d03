package ru.edu.innovation.api.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

/**
 * A resource the project runs on (кадровые, материально-технические, информационные, финансовые …)
 * as the documents describe it; {@code period} when it is of a period only, empty for the whole project.
 */
public record ProjectResource(@NotNull ResourceKind kind, @Size(max = 300) String title,
                              @NotBlank @Size(max = 8000) String description, @Valid Period period) {
}
