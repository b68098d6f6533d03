package ru.edu.innovation.query.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import ru.edu.innovation.platform.identity.IdentityGroups;
import ru.edu.innovation.api.common.Role;
import ru.edu.innovation.platform.identity.VerifiedLogins;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTTP Basic against the users command-service keeps in Camunda's identity tables of the shared
 * database, so one login works for the command API, Tasklist and this read API. Camunda stores
 * {@code {SHA-512}} + Base64(SHA-512(password + salt)); a locked user stays locked here too.
 * A login verified shortly before is taken from {@link VerifiedLogins} without reading the tables again.
 */
public class IdentityStoreAuthenticationProvider implements AuthenticationProvider {

    private static final String SHA_512 = "{SHA-512}";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final VerifiedLogins<Authentication> verified;

    public IdentityStoreAuthenticationProvider(JdbcTemplate jdbc, Clock clock, VerifiedLogins<Authentication> verified) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        try {
            return verified.verifiedOnce(userId, password, () -> verify(userId, password));
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            // Not the user's fault (e.g. the database is away): the problem details tell 503 from 500.
            throw new InternalAuthenticationServiceException("Вход не проверен: " + failure.getMessage(), failure);
        }
    }

    private Authentication verify(String userId, String password) {
        List<Map<String, Object>> users = jdbc.queryForList(
                "SELECT pwd_, salt_, lock_exp_time_ FROM act_id_user WHERE id_ = ?", userId);
        if (users.isEmpty() || !matches(password, (String) users.get(0).get("salt_"), (String) users.get(0).get("pwd_"))) {
            throw new BadCredentialsException("Неверный логин или пароль");
        }
        Timestamp lockedUntil = (Timestamp) users.get(0).get("lock_exp_time_");
        if (lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant())) {
            throw new LockedException("Пользователь временно заблокирован после неудачных попыток входа");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String organizationId = null;
        for (Map<String, Object> group : jdbc.queryForList("""
                SELECT g.id_, g.type_ FROM act_id_group g JOIN act_id_membership m ON m.group_id_ = g.id_
                 WHERE m.user_id_ = ? ORDER BY g.id_""", userId)) {
            String groupId = (String) group.get("id_");
            IdentityGroups.roleOf(groupId).ifPresent(roles::add);
            if (IdentityGroups.ORGANIZATION_TYPE.equals(group.get("type_")) && organizationId == null) {
                organizationId = groupId;
            }
        }
        Reader reader = new Reader(userId, organizationId, roles);
        return UsernamePasswordAuthenticationToken.authenticated(reader, null, roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static boolean matches(String password, String salt, String stored) {
        if (stored == null || !stored.startsWith(SHA_512)) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512")
                    .digest((password + (salt == null ? "" : salt)).getBytes(StandardCharsets.UTF_8));
            byte[] expected = stored.substring(SHA_512.length()).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(Base64.getEncoder().encode(digest), expected);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-512", e);
        }
    }
}
