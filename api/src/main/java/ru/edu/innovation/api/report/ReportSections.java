package ru.edu.innovation.api.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Person;

import java.util.List;

/**
 * The sections of the report form (seed 000): general information (1.1–1.3), the analytical note
 * (2) with theme, goal, stages, the activity table and the narrative. The scientific consultant's
 * conclusion (3) is written by the institute when it reviews the report.
 */
public record ReportSections(
        @NotEmpty @Size(max = 200, message = "{innovation.constraints.ListSize.message}") List<@NotBlank @Size(max = 1000) String> organizations,
        @NotBlank @Size(max = 2000) String addressAndContacts,
        @NotNull @Valid Person leader,
        @NotBlank @Size(max = 1000) String theme,
        @NotBlank @Size(max = 4000) String goal,
        @Size(max = 20, message = "{innovation.constraints.ListSize.message}") List<@NotBlank @Size(max = 1000) String> stages,
        @NotEmpty @Size(max = 500, message = "{innovation.constraints.ListSize.message}") List<@NotNull @Valid ReportActivityRow> activities,
        @NotBlank @Size(max = 100_000) String analyticalNote) {

    public ReportSections {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        stages = stages == null ? List.of() : List.copyOf(stages);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }
}
