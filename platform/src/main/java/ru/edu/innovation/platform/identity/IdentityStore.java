package ru.edu.innovation.platform.identity;

import org.camunda.bpm.engine.impl.digest.DatabasePrefixHandler;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import ru.edu.innovation.api.common.Role;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The users command-service's Camunda engine keeps in the shared database, read by a service that
 * runs no engine. The password is checked by Camunda's own code (its salting and its
 * {@code {SHA-512}} digest, as the engine's identity service checks it), never by a copy of the
 * scheme; nothing is written, so failed attempts count only where the engine runs.
 */
public class IdentityStore {

    /** A user who logged in: their organization (the first organization group) and roles. */
    public record Member(String userId, String organizationId, Set<Role> roles) {
    }

    // The password manager itself would load the engine's loggers, and with them half the engine's classes.
    private static final Sha512HashDigest DIGEST = new Sha512HashDigest();
    private static final DatabasePrefixHandler PREFIXES = new DatabasePrefixHandler();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdentityStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The member, if the password is theirs and they are not locked out after failed attempts. */
    public Member verify(String userId, String password) {
        List<Map<String, Object>> users = jdbc.queryForList(
                "SELECT pwd_, salt_, lock_exp_time_ FROM act_id_user WHERE id_ = ?", userId);
        if (users.isEmpty() || !matches(password, (String) users.get(0).get("salt_"), (String) users.get(0).get("pwd_"))) {
            throw new BadCredentialsException(VerifiedLoginProvider.WRONG_LOGIN);
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
        return new Member(userId, organizationId, Set.copyOf(roles));
    }

    /** As the engine's password manager checks it, by its prefix handler and SHA-512 digest (the engine's default). */
    private static boolean matches(String password, String salt, String stored) {
        return stored != null && DIGEST.hashAlgorithmName().equals(PREFIXES.retrieveAlgorithmName(stored))
                && DIGEST.check(EncryptionUtil.saltPassword(password, salt), PREFIXES.removePrefix(stored));
    }
}
