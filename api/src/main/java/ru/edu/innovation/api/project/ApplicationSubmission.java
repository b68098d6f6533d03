package ru.edu.innovation.api.project;

import jakarta.validation.constraints.Pattern;

/**
 * What the school sends with its application: the institute that reviews the project, one of the
 * institutes known to the product (the code of its organization, e.g. {@code iro-kuzbass}). On a
 * resubmission it may be left out to keep the institute named before.
 */
public record ApplicationSubmission(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "код института: строчные латинские буквы, цифры и дефис")
        String reviewingInstituteId) {
}
