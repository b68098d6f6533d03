package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision with the written conclusion (заключение) that justifies it. */
public record Review(@NotNull ReviewDecision decision, @NotBlank @Size(max = 4000) String conclusion) {
}
