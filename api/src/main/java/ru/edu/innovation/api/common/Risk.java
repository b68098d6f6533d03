package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Risk(@NotBlank @Size(max = 4000) String description, @NotBlank @Size(max = 4000) String mitigation) {
}
