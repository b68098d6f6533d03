package ru.edu.innovation.query.admin;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The projections' segments as the shared token table holds them: what every query-service on the
 * database has stored, not only what this node works on. A token is stored in the transaction that
 * writes its batch to the views, so a segment's position here is exactly what the shared views show.
 */
@Component
public class SegmentClaims {

    /** Axon's JDBC token store lets another node take a claim not extended for this long (its default). */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    /** How Axon's JDBC token store names this node as a claim's owner, unless told otherwise. */
    public static final String THIS_NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final ProcessorPositions positions;
    private final Clock clock;

    public SegmentClaims(JdbcTemplate jdbc, Serializer serializer, ProcessorPositions positions, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.positions = positions;
        this.clock = clock;
    }

    /** Every segment of every processor in the token table, by processor name, in segment order. */
    public Map<String, List<SegmentClaim>> byProcessor() {
        Instant now = clock.instant();
        long head = positions.head().orElse(-1);
        Map<String, List<SegmentClaim>> claims = new LinkedHashMap<>();
        jdbc.query("SELECT processor_name, segment, token, token_type, owner, time_stamp FROM query_token_entry"
                + " ORDER BY processor_name, segment", row -> {
            TrackingToken token = token(row.getBytes("token"), row.getString("token_type"));
            OptionalLong read = token == null ? OptionalLong.empty() : token.position();
            Long position = read.isPresent() ? read.getAsLong() : null;
            String owner = row.getString("owner");
            Instant claimedAt = instant(row.getString("time_stamp"));
            Duration age = claimedAt == null ? Duration.ZERO : Duration.between(claimedAt, now).abs();
            SegmentClaim.State state = owner == null ? SegmentClaim.State.UNCLAIMED
                    : age.compareTo(CLAIM_TIMEOUT) > 0 ? SegmentClaim.State.STALE : SegmentClaim.State.CLAIMED;
            long lag = head < 0 ? 0 : Math.max(0, head - (position == null ? positions.tail().orElse(-1) : position));
            String processor = row.getString("processor_name");
            claims.computeIfAbsent(processor, name -> new ArrayList<>()).add(new SegmentClaim(processor,
                    row.getInt("segment"), position, lag, owner, claimedAt, age, state));
        });
        return claims;
    }

    /** The owners other than this node that hold a live claim on a segment of {@code processor}. */
    public List<String> otherLiveOwners(String processor) {
        return byProcessor().getOrDefault(processor, List.of()).stream()
                .filter(claim -> claim.state() == SegmentClaim.State.CLAIMED && !THIS_NODE.equals(claim.owner()))
                .map(SegmentClaim::owner)
                .distinct()
                .toList();
    }

    private TrackingToken token(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }

    private static Instant instant(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Instant.parse(stored);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
