package ru.edu.innovation.command.security;

import ru.edu.innovation.platform.identity.IdentityGroups;
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
}
