package ru.edu.innovation.platform.integrity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.edu.innovation.api.common.MetaDataKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of a project's events: each event's hash is SHA-256 over the previous event's
 * hash and this event's canonical form (identity, position, time, type, payload and metadata
 * without the hash itself). Changing or deleting a stored row breaks the chain from that row on.
 * <p>
 * JSON is canonicalised (keys sorted, numbers kept as decimals) so that the hash depends on the
 * content, not on how a serializer happened to lay it out.
 */
public final class EventHashChain {

    /** The "previous hash" of the first event of every project. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\n';

    private final ObjectMapper canonicalJson = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public String hash(String previousHash, ChainedEventFields event) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                previousHash,
                event.aggregateIdentifier(),
                Long.toString(event.sequenceNumber()),
                event.eventIdentifier(),
                event.timestamp(),
                event.payloadType(),
                event.payloadRevision() == null ? "" : event.payloadRevision(),
                canonical(event.payload()),
                canonicalMetaData(event.metaData()));
        return sha256(canonical);
    }

    /** The hash a stored event's metadata carries, or null when it carries none (or is not JSON). */
    public String hashIn(byte[] metaData) {
        if (metaData == null || metaData.length == 0) {
            return null;
        }
        try {
            JsonNode hash = canonicalJson.readTree(metaData).get(MetaDataKeys.HASH);
            return hash == null ? null : hash.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private String canonical(byte[] json) {
        try {
            return canonicalJson.writeValueAsString(canonicalJson.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("stored event is not JSON", e);
        }
    }

    private String canonicalMetaData(byte[] json) {
        if (json == null || json.length == 0) {
            return "{}";
        }
        try {
            JsonNode tree = canonicalJson.readTree(json);
            if (tree instanceof ObjectNode object) {
                object.remove(MetaDataKeys.HASH);
            }
            return canonicalJson.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("stored metadata is not JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
