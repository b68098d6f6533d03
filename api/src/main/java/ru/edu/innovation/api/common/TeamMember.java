package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;

import java.util.List;

/** A member of the project team, with the role and the functions from the project card. */
public record TeamMember(@NotBlank String fullName, @NotBlank String role, List<@NotBlank String> functions) {
}
