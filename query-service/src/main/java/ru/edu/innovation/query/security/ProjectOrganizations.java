package ru.edu.innovation.query.security;

import java.util.Set;

/**
 * Whose a project is, as the reading rules ask: its lead organization and the organizations taking
 * part in it as a network project (сетевой проект), which read it as the lead does.
 */
public record ProjectOrganizations(String lead, Set<String> participants) {

    public ProjectOrganizations {
        participants = Set.copyOf(participants);
    }
}
