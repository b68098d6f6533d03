package ru.edu.innovation.platform.integrity;

import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.innovation.platform.store.StoredTimestamps;

/** Recomputes a project's hash chain from the rows of the event table, as an auditor would. */
public class HashChainVerifier {

    private static final String SELECT_STREAM = """
            SELECT event_identifier, aggregate_identifier, sequence_number, time_stamp,
                   payload_type, payload_revision, payload, meta_data
              FROM domain_event_entry
             WHERE aggregate_identifier = ?
             ORDER BY sequence_number""";
    private static final String SELECT_STREAM_UP_TO = """
            SELECT event_identifier, aggregate_identifier, sequence_number, time_stamp,
                   payload_type, payload_revision, payload, meta_data
              FROM domain_event_entry
             WHERE aggregate_identifier = ? AND sequence_number <= ?
             ORDER BY sequence_number""";
    private static final String SELECT_META_DATA = """
            SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""";

    private final JdbcTemplate jdbc;
    private final EventHashChain chain;

    public HashChainVerifier(JdbcTemplate jdbc, EventHashChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    public ChainVerification verify(String projectId) {
        return walk(projectId, SELECT_STREAM, projectId);
    }

    /** The chain from the project's first event up to its event {@code lastSequence}, which must be stored. */
    public ChainVerification verifyUpTo(String projectId, long lastSequence) {
        ChainVerification verification = walk(projectId, SELECT_STREAM_UP_TO, projectId, lastSequence);
        if (verification.intact() && verification.eventsChecked() != lastSequence + 1) {
            return ChainVerification.broken(projectId, verification.eventsChecked(), lastSequence, null,
                    "event " + lastSequence + " is missing");
        }
        return verification;
    }

    /** The link of the chain the project's event {@code sequence} carries as stored, or null when there is none. */
    public String storedHashAt(String projectId, long sequence) {
        return jdbc.query(SELECT_META_DATA, rows -> rows.next() ? chain.hashIn(rows.getBytes("meta_data")) : null,
                projectId, sequence);
    }

    private ChainVerification walk(String projectId, String select, Object... arguments) {
        ChainWalk walk = new ChainWalk(chain, projectId);
        jdbc.query(select, row -> {
            walk.next(new ChainedEventFields(row.getString("aggregate_identifier"), row.getLong("sequence_number"),
                    row.getString("event_identifier"),
                    DateTimeUtils.formatInstant(StoredTimestamps.parse(row.getString("time_stamp"))),
                    row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                    row.getBytes("meta_data")));
        }, arguments);
        return walk.result();
    }
}
