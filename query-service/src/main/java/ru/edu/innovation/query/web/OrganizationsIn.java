package ru.edu.innovation.query.web;

import java.util.Collection;
import java.util.Collections;

/** The SQL condition limiting a view to some lead organizations: a reader's school, region or territory. */
public final class OrganizationsIn {

    private OrganizationsIn() {
    }

    /** {@code column IN (?, …)} with one placeholder per organization; none matches nothing. */
    public static String sql(String column, Collection<String> organizations) {
        return organizations.isEmpty() ? "1 = 0"
                : column + " IN (" + String.join(", ", Collections.nCopies(organizations.size(), "?")) + ")";
    }
}
