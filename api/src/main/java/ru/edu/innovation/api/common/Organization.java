package ru.edu.innovation.api.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An educational organization (школа, ИМЦ, ЦИТ). {@code id} is the organization's code in the
 * identity service: users of a school belong to the group with this id.
 */
public record Organization(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "код организации: строчные латинские буквы, цифры и дефис") String id,
        @NotBlank @Size(max = 500) String fullName,
        @Size(max = 300) String shortName,
        @NotBlank @Size(max = 200) String territory,
        @Size(max = 500) String address,
        @Valid Contacts contacts) {
}
