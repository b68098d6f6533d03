package ru.edu.innovation.command.security;

import ru.edu.innovation.api.common.Role;

import java.security.Principal;
import java.util.Set;

/**
 * An authenticated user as the identity service knows them: the organization they act for
 * (a group of type {@value IdentityGroups#ORGANIZATION_TYPE}) and their roles (role groups).
 */
public record InnovationUser(String userId, String organizationId, Set<Role> roles) implements Principal {

    @Override
    public String getName() {
        return userId;
    }

    /** The role a command is sent with: the first of the user's roles in the order of {@link Role}. */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElseThrow(() -> new IllegalStateException(userId + " has no role"));
    }
}
