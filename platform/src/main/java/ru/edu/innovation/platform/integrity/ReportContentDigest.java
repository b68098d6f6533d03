package ru.edu.innovation.platform.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ru.edu.innovation.api.report.ReportSections;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a frozen report version: SHA-256 over the canonical JSON of the sections the school
 * submitted (keys sorted, empty fields left out) and the hash-chain link of the project's event the
 * version is based on. The command side puts it into the submission event, the read side recomputes
 * it from the stored events; both use this one function.
 * <p>
 * Empty fields are left out so that a field a later revision adds to the sections, read as empty from
 * an older event, does not change the digest of a version frozen before it existed.
 */
public final class ReportContentDigest {

    private static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
            .findAndAddModules()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ReportContentDigest() {
    }

    /** The digest of {@code sections} submitted on top of the event whose chain link is {@code basedOnHash}. */
    public static String of(ReportSections sections, String basedOnHash) {
        if (sections == null || basedOnHash == null) {
            throw new IllegalArgumentException("a version's digest needs its sections and the hash it is based on");
        }
        return sha256(canonical(sections) + "\n" + basedOnHash);
    }

    /** The sections as the digest reads them: deterministic JSON, keys sorted at every level. */
    public static String canonical(ReportSections sections) {
        try {
            return CANONICAL_JSON.writeValueAsString(CANONICAL_JSON.valueToTree(sections));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report sections are plain values and always serialize", e);
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
