package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A member of the project team, with the role and the functions from the project card. */
public record TeamMember(@NotBlank @Size(max = 300) String fullName, @NotBlank @Size(max = 300) String role,
                         @Size(max = 50, message = "{innovation.constraints.ListSize.message}") List<@NotBlank @Size(max = 2000) String> functions) {
}
