package ru.edu.innovation.query.security;

import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.platform.region.Place;
import ru.edu.innovation.platform.region.Regions;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A logged-in reader: schools read their own organization's projects and the network projects they
 * take part in; reviewers and deciders (the
 * institute, the ministry, the municipal bodies) read the projects of their region, or of their territory
 * for a body of a territory (a municipal authority, a methodological service); auditors and administrators
 * read every project. {@code scope} holds the lead organizations a reviewer reads, null for all of them.
 * Nobody changes anything here.
 */
public record Reader(String userId, String organizationId, Set<Role> roles, Set<String> scope) implements Principal {

    /** A reader as the configured regions place their organization; without regions configured, one region holds all. */
    public static Reader of(String userId, String organizationId, Set<Role> roles, Regions regions) {
        Set<String> scope = null;
        boolean reviewer = roles.contains(Role.INSTITUTE) || roles.contains(Role.MINISTRY);
        if (reviewer && !roles.contains(Role.AUDITOR) && !roles.contains(Role.ADMIN) && !regions.all().isEmpty()) {
            Optional<Place> place = organizationId == null ? Optional.empty() : regions.placeOf(organizationId);
            scope = new HashSet<>(place.map(where -> where.territory() == null
                    ? regions.organizationsOf(where.region())
                    : regions.organizationsOf(where.region(), where.territory())).orElse(List.of()));
            if (organizationId != null) {
                scope.add(organizationId);
            }
            scope = Set.copyOf(scope);
        }
        return new Reader(userId, organizationId, roles, scope);
    }

    @Override
    public String getName() {
        return userId;
    }

    /** Reads beyond one school: every project of their region or territory (or every project at all). */
    public boolean readsEverything() {
        return roles.contains(Role.INSTITUTE) || roles.contains(Role.MINISTRY) || roles.contains(Role.AUDITOR)
                || roles.contains(Role.ADMIN);
    }

    /**
     * An institute's user sees in the review queue only what their institute reviews; the ministry,
     * auditors and administrators see every institute's.
     */
    public boolean seesOnlyOwnInstitutesReviews() {
        return roles.contains(Role.INSTITUTE) && !(roles.contains(Role.MINISTRY) || roles.contains(Role.AUDITOR)
                || roles.contains(Role.ADMIN));
    }

    /** The lead organizations whose projects this reader reads, or null for every project. */
    public Set<String> readableOrganizations() {
        if (!readsEverything()) {
            return organizationId == null ? Set.of() : Set.of(organizationId);
        }
        return scope;
    }

    /**
     * The organization whose part in a network project opens the project to this reader: a school's
     * own; null for a reader who reads beyond one school (by lead organization only).
     */
    public String participantOrganization() {
        return readsEverything() ? null : organizationId;
    }

    /** Whether the reader reads a project led by {@code leadOrganizationId} that is no network's. */
    public boolean mayRead(String leadOrganizationId) {
        return mayRead(new ProjectOrganizations(leadOrganizationId, Set.of()));
    }

    public boolean mayRead(ProjectOrganizations project) {
        Set<String> readable = readableOrganizations();
        String participant = participantOrganization();
        return readable == null || readable.contains(project.lead())
                || (participant != null && project.participants().contains(participant));
    }
}
