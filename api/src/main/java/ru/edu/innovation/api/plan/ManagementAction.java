package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A management action (управленческое действие) taken on a deviation; {@code normativeActId} cites
 * the project's local act that carries it, if one does.
 */
public record ManagementAction(@NotBlank @Size(max = 4000) String description, @Size(max = 100) String normativeActId) {
}
