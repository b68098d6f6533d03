package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who spoke or led at an event held (выступающий, ведущий). */
public record Presenter(@NotBlank @Size(max = 300) String fullName, @Size(max = 300) String position,
                        @Size(max = 1000) String organization) {
}
