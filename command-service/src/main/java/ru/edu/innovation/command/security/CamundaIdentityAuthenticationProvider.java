package ru.edu.innovation.command.security;

import ru.edu.innovation.platform.identity.IdentityGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.platform.identity.VerifiedLoginProvider;
import ru.edu.innovation.platform.identity.VerifiedLogins;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so a reviewer has one
 * login for the API and Tasklist, and derives the user's organization and roles from their groups.
 */
public class CamundaIdentityAuthenticationProvider extends VerifiedLoginProvider {

    private final IdentityService identityService;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, VerifiedLogins<Authentication> verified) {
        super(verified);
        this.identityService = identityService;
    }

    @Override
    protected Authentication verify(String userId, String password) {
        if (!identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException(WRONG_LOGIN);
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String organizationId = null;
        for (Group group : groups) {
            IdentityGroups.roleOf(group.getId()).ifPresent(roles::add);
            if (IdentityGroups.ORGANIZATION_TYPE.equals(group.getType())) {
                organizationId = group.getId();
            }
        }
        if (roles.isEmpty()) {
            throw new DisabledException("Пользователю " + userId + " не назначена ни одна роль");
        }
        return authenticated(new InnovationUser(userId, organizationId, Set.copyOf(roles)), roles);
    }
}
