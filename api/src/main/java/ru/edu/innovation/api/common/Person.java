package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;

public record Person(@NotBlank String fullName, String position) {
}
