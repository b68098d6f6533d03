package ru.edu.innovation.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Organizations and users created in the identity service on first start (the demo logins of the
 * seeds' organizations by default). Existing users and groups are left as they are.
 */
@ConfigurationProperties("innovation.identity")
public record IdentityProperties(List<OrganizationEntry> organizations, List<UserEntry> users) {

    public IdentityProperties {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * {@code kind: institute} marks an institute: schools choose the reviewing institute of their
     * project among these, and each gets a directorate's group of its own, which decides on its support
     * sites. Every body that reviews or decides gets a supervisors' group of its own.
     */
    public record OrganizationEntry(String id, String name, Kind kind) {

        public boolean isInstitute() {
            return kind == Kind.INSTITUTE;
        }

        /** A body the routing table may name as reviewer or decider. */
        public boolean isReviewingBody() {
            return kind != null && kind != Kind.SCHOOL;
        }
    }

    public enum Kind {
        SCHOOL,
        INSTITUTE,
        MINISTRY,
        /** муниципальная методическая служба (ИМЦ): reviews municipal sites, in the role INSTITUTE */
        MUNICIPAL_SERVICE,
        /** управление / комитет образования: decides on municipal sites, in the role MINISTRY */
        MUNICIPAL_AUTHORITY
    }

    /** {@code groups} are memberships beyond the organization and roles, e.g. a supervisor group. */
    public record UserEntry(String id, String password, String firstName, String lastName, String email,
                            String organization, List<String> roles, List<String> groups) {

        public UserEntry {
            roles = roles == null ? List.of() : List.copyOf(roles);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
