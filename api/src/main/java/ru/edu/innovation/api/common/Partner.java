package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;

public record Partner(@NotBlank String name, String functions) {
}
