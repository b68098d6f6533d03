package ru.edu.innovation.platform.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import ru.edu.innovation.api.common.Role;

import java.util.Set;

/**
 * HTTP Basic against the shared user store: a login verified shortly before is taken from
 * {@link VerifiedLogins} without asking the store again; a failure that is not the user's (the
 * database away) is told apart, so the problem details answer 503 rather than 401.
 */
public abstract class VerifiedLoginProvider implements AuthenticationProvider {

    protected static final String WRONG_LOGIN = "Неверный логин или пароль";

    private final VerifiedLogins<Authentication> verified;

    protected VerifiedLoginProvider(VerifiedLogins<Authentication> verified) {
        this.verified = verified;
    }

    @Override
    public final Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (password == null) {
            throw new BadCredentialsException(WRONG_LOGIN);
        }
        try {
            return verified.verifiedOnce(userId, password.toString(), () -> verify(userId, password.toString()));
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            throw new InternalAuthenticationServiceException("Вход не проверен: " + failure.getMessage(), failure);
        }
    }

    /** The user logged in, or an {@link AuthenticationException} saying why not. */
    protected abstract Authentication verify(String userId, String password);

    protected static Authentication authenticated(Object user, Set<Role> roles) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
