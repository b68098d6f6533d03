package ru.edu.innovation.api.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;

/**
 * A member of the project's team as the report lists them: position, organization, role and
 * functions in the project, qualification category (высшая, первая, соответствие занимаемой
 * должности) and experience on the theme; only the name is required. {@code period} is when they
 * worked in the team, empty for the whole project.
 */
public record TeamMemberProfile(@NotBlank @Size(max = 300) String fullName,
                                @Size(max = 300) String position,
                                @Size(max = 500) String organization,
                                @Size(max = 300) String role,
                                @Size(max = 4000) String functions,
                                @Size(max = 200) String qualificationCategory,
                                @Size(max = 4000) String experience,
                                @Valid Period period) {
}
