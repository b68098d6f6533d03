package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Partner(@NotBlank @Size(max = 500) String name, @Size(max = 4000) String functions) {
}
