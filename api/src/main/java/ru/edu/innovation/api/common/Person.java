package ru.edu.innovation.api.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person named in a project or report. {@code login} is their user id in the identity service,
 * given for the people who act in the product themselves (the leader and deputy who sign).
 */
public record Person(@NotBlank @Size(max = 300) String fullName, @Size(max = 300) String position,
                     @Size(max = 64) String login) {

    /** A person who does not log in to the product. */
    public Person(String fullName, String position) {
        this(fullName, position, null);
    }
}
