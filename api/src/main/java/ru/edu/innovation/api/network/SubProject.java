package ru.edu.innovation.api.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;

/**
 * A participant organization's own sub-project in a network project (сетевой проект, see seed 004,
 * «Участники проекта»): the organization that runs it, its title, and its leader and period where
 * the document names them (seed 004 names neither).
 */
public record SubProject(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "код организации: строчные латинские буквы, цифры и дефис") String organizationId,
        @NotBlank @Size(max = 1000) String title,
        @Valid Person leader,
        @Valid Period period) {
}
