package ru.edu.innovation.command.security;

import ru.edu.innovation.api.common.Role;

import java.util.Map;
import java.util.Optional;

/**
 * How groups of the identity service shared with Camunda map to the product's roles. Every
 * organization is a group of type {@value #ORGANIZATION_TYPE}; the candidate groups of BPMN user
 * tasks use the same ids (an organization's id for school tasks, {@code institute}, {@code ministry}).
 */
public final class IdentityGroups {

    public static final String ORGANIZATION_TYPE = "organization";
    public static final String ROLE_TYPE = "role";
    /** Camunda's own administrators' group. */
    public static final String ADMIN_GROUP = "camunda-admin";

    private static final Map<String, Role> ROLE_BY_GROUP = Map.of(
            "school", Role.SCHOOL,
            "institute", Role.INSTITUTE,
            "ministry", Role.MINISTRY,
            "auditor", Role.AUDITOR,
            ADMIN_GROUP, Role.ADMIN);

    private IdentityGroups() {
    }

    public static Optional<Role> roleOf(String groupId) {
        return Optional.ofNullable(ROLE_BY_GROUP.get(groupId));
    }

    public static String groupOf(Role role) {
        return ROLE_BY_GROUP.entrySet().stream()
                .filter(entry -> entry.getValue() == role)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
