package ru.edu.innovation.processes.task;

import java.util.Optional;

/**
 * Tells a refused command (a rule, access or unknown-part failure of the aggregate) from a failure
 * of the system; the application that owns the aggregate provides it.
 */
@FunctionalInterface
public interface CommandRefusals {

    /** The reason to show the user if {@code failure} is a refusal; empty if the system failed. */
    Optional<String> reasonFor(Throwable failure);
}
