package ru.edu.innovation.api.project;

import jakarta.validation.constraints.NotBlank;

public record ProjectCompletion(@NotBlank String summary) {
}
