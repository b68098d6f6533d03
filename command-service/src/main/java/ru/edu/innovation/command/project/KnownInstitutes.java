package ru.edu.innovation.command.project;

import java.util.Optional;

/** The institutes known to the product, by the code of their organization: those that may review a project. */
public interface KnownInstitutes {

    /** The institute's name, or empty if {@code instituteId} is no institute the product knows. */
    Optional<String> nameOf(String instituteId);
}
