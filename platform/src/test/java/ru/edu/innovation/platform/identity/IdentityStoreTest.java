package ru.edu.innovation.platform.identity;

import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import ru.edu.innovation.api.common.Role;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityStoreTest {

    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:h2:mem:identity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    private final IdentityStore store = new IdentityStore(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void camundasIdentityTables() {
        jdbc.execute("CREATE TABLE act_id_user (id_ VARCHAR(64) PRIMARY KEY, pwd_ VARCHAR(255), salt_ VARCHAR(255),"
                + " lock_exp_time_ TIMESTAMP)");
        jdbc.execute("CREATE TABLE act_id_group (id_ VARCHAR(64) PRIMARY KEY, type_ VARCHAR(255))");
        jdbc.execute("CREATE TABLE act_id_membership (user_id_ VARCHAR(64), group_id_ VARCHAR(64))");
        jdbc.update("INSERT INTO act_id_group VALUES ('school', 'WORKFLOW'), ('imc-yaya', 'organization'),"
                + " ('zz-other', 'organization')");
        user("sikora", "demo", null);
        jdbc.update("INSERT INTO act_id_membership VALUES ('sikora', 'school'), ('sikora', 'imc-yaya'),"
                + " ('sikora', 'zz-other')");
    }

    @Test
    @DisplayName("a password stored by Camunda's identity service logs the user in with their roles and organization")
    void acceptsCamundasPassword() {
        IdentityStore.Member member = store.verify("sikora", "demo");

        assertThat(member.userId()).isEqualTo("sikora");
        assertThat(member.roles()).isEqualTo(Set.of(Role.SCHOOL));
        assertThat(member.organizationId()).isEqualTo("imc-yaya");
    }

    @Test
    @DisplayName("a wrong password, or a user the store does not know, is refused")
    void refusesWrongPassword() {
        assertThatThrownBy(() -> store.verify("sikora", "demo2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> store.verify("nobody", "demo")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @DisplayName("a user locked after failed attempts stays locked until the lock expires")
    void refusesLockedUser() {
        user("panina", "demo", NOW.plusSeconds(60));
        user("minobr", "demo", NOW.minusSeconds(60));

        assertThatThrownBy(() -> store.verify("panina", "demo")).isInstanceOf(LockedException.class);
        assertThat(store.verify("minobr", "demo").userId()).isEqualTo("minobr");
    }

    /** As Camunda's identity service stores a user: a random salt and its password manager's digest. */
    private void user(String id, String password, Instant lockedUntil) {
        String salt = UUID.randomUUID().toString().substring(0, 16);
        String stored = new PasswordManager(new Sha512HashDigest(), List.of())
                .encrypt(EncryptionUtil.saltPassword(password, salt));
        jdbc.update("INSERT INTO act_id_user VALUES (?, ?, ?, ?)", id, stored, salt,
                lockedUntil == null ? null : Timestamp.from(lockedUntil));
    }
}
