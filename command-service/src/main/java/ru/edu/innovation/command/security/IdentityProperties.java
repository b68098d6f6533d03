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
     * project among these, and each gets a supervisors' group of its own.
     */
    public record OrganizationEntry(String id, String name, Kind kind) {

        public boolean isInstitute() {
            return kind == Kind.INSTITUTE;
        }
    }

    public enum Kind {
        SCHOOL,
        INSTITUTE,
        MINISTRY
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
