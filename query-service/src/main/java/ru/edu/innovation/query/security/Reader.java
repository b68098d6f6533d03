package ru.edu.innovation.query.security;

import ru.edu.innovation.api.common.Role;

import java.security.Principal;
import java.util.Set;

/**
 * A logged-in reader: schools read their own organization's projects; the institute, the ministry,
 * auditors and administrators read every project. Nobody changes anything here.
 */
public record Reader(String userId, String organizationId, Set<Role> roles) implements Principal {

    @Override
    public String getName() {
        return userId;
    }

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

    public boolean mayRead(String leadOrganizationId) {
        return readsEverything() || (roles.contains(Role.SCHOOL) && leadOrganizationId.equals(organizationId));
    }
}
