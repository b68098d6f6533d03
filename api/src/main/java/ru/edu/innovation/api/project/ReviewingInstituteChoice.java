package ru.edu.innovation.api.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The ministry's choice of the institute that reviews a project: the code of the institute's organization. */
public record ReviewingInstituteChoice(
        @NotBlank(message = "укажите код института")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "код института: строчные латинские буквы, цифры и дефис")
        String instituteId) {
}
