package ru.edu.innovation.platform.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedLoginsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final VerifiedLogins<String> logins = new VerifiedLogins<>(Duration.ofSeconds(60), 3, clock);

    @Test
    @DisplayName("a verified login is known for the time to live, then checked again")
    void knownForTheTtl() {
        logins.remember("panina", "demo", "Панина, INSTITUTE");

        assertThat(logins.find("panina", "demo")).contains("Панина, INSTITUTE");
        clock.advance(Duration.ofSeconds(59));
        assertThat(logins.find("panina", "demo")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(logins.find("panina", "demo")).isEmpty();
    }

    @Test
    @DisplayName("another password or another user with the same password is not known")
    void keyedByUserAndPassword() {
        logins.remember("panina", "demo", "Панина");

        assertThat(logins.find("panina", "wrong")).isEmpty();
        assertThat(logins.find("sikora", "demo")).isEmpty();
    }

    @Test
    @DisplayName("a zero time to live keeps nothing: every request is checked")
    void zeroTtlKeepsNothing() {
        VerifiedLogins<String> none = new VerifiedLogins<>(Duration.ZERO, 3, clock);
        none.remember("panina", "demo", "Панина");

        assertThat(none.find("panina", "demo")).isEmpty();
    }

    @Test
    @DisplayName("when full, expired logins make room first; the size stays bounded")
    void bounded() {
        logins.remember("a", "p", "A");
        clock.advance(Duration.ofSeconds(61));
        logins.remember("b", "p", "B");
        logins.remember("c", "p", "C");
        logins.remember("d", "p", "D");

        assertThat(logins.find("a", "p")).isEmpty();
        assertThat(logins.find("b", "p")).contains("B");
        assertThat(logins.find("d", "p")).contains("D");

        logins.remember("e", "p", "E");
        assertThat(logins.find("e", "p")).contains("E");
        assertThat(logins.find("b", "p")).as("nothing had expired: the full cache was emptied").isEmpty();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
