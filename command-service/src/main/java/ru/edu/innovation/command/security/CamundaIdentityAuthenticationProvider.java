package ru.edu.innovation.command.security;

import ru.edu.innovation.platform.identity.IdentityGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.platform.identity.VerifiedLogins;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so a reviewer has one
 * login for the API and Tasklist, and derives the user's organization and roles from their groups.
 * A login verified shortly before is taken from {@link VerifiedLogins} without asking Camunda again.
 */
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final VerifiedLogins<Authentication> verified;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, VerifiedLogins<Authentication> verified) {
        this.identityService = identityService;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (password == null) {
            throw new BadCredentialsException("Неверное имя пользователя или пароль");
        }
        try {
            return verified.verifiedOnce(userId, password.toString(), () -> verify(userId, password.toString()));
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            // Not the user's fault (e.g. the database is away): the problem details tell 503 from 500.
            throw new InternalAuthenticationServiceException("Вход не проверен: " + failure.getMessage(), failure);
        }
    }

    private Authentication verify(String userId, String password) {
        if (!identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Неверное имя пользователя или пароль");
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
        InnovationUser user = new InnovationUser(userId, organizationId, Set.copyOf(roles));
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
