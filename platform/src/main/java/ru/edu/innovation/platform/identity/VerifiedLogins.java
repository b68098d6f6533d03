package ru.edu.innovation.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Logins both services verified a short while ago. A client of the REST APIs sends its Basic
 * credentials with every request, and verifying them against the identity store (a salted hash and
 * the user's groups read from the database) took a sixth of a command's time. Only successful logins
 * are kept, keyed by the user and a SHA-256 of the password, never the password itself; each one is
 * trusted for {@code ttl}, so a changed password, lock or group takes effect within it. A zero
 * {@code ttl} keeps nothing.
 *
 * @param <P> what a verified login resolves to (the service's principal)
 */
public final class VerifiedLogins<P> {

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Entry<P>> entries = new ConcurrentHashMap<>();

    public VerifiedLogins(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /**
     * What the login resolves to: taken from a verification less than {@code ttl} ago, or verified
     * now by {@code verify} (which throws for a wrong login) and remembered.
     */
    public P verifiedOnce(String userId, String password, Supplier<P> verify) {
        Optional<P> known = find(userId, password);
        if (known.isPresent()) {
            return known.get();
        }
        P principal = verify.get();
        remember(userId, password, principal);
        return principal;
    }

    /** What the login resolved to when it was verified, if that was less than {@code ttl} ago. */
    public Optional<P> find(String userId, String password) {
        if (ttl.isZero()) {
            return Optional.empty();
        }
        String key = key(userId, password);
        Entry<P> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    public void remember(String userId, String password, P principal) {
        if (ttl.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(userId, password), new Entry<>(principal, now.plus(ttl)));
    }

    private static String key(String userId, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return userId + '\u0000' + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Entry<P>(P principal, Instant expiresAt) {
    }
}
