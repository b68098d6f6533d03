package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;

public record Risk(@NotBlank String description, @NotBlank String mitigation) {
}
