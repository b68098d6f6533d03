package ru.edu.innovation.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a planned activity was not done (причина отклонения) and what management did about it. */
public record Deviation(@NotBlank @Size(max = 4000) String reason, @NotBlank @Size(max = 4000) String managementAction) {
}
