package ru.edu.innovation.api.stage;

import jakarta.validation.constraints.NotBlank;

/** The coordinator's account of what the stage achieved. */
public record StageCompletionRequest(@NotBlank String summary) {
}
