package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotBlank;

/** Why a planned activity was not done (причина отклонения) and what management did about it. */
public record Deviation(@NotBlank String reason, @NotBlank String managementAction) {
}
