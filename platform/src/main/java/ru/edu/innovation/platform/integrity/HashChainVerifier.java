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

    private final JdbcTemplate jdbc;
    private final EventHashChain chain;

    public HashChainVerifier(JdbcTemplate jdbc, EventHashChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    public ChainVerification verify(String projectId) {
        ChainWalk walk = new ChainWalk(chain, projectId);
        jdbc.query(SELECT_STREAM, row -> {
            walk.next(new ChainedEventFields(row.getString("aggregate_identifier"), row.getLong("sequence_number"),
                    row.getString("event_identifier"),
                    DateTimeUtils.formatInstant(StoredTimestamps.parse(row.getString("time_stamp"))),
                    row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                    row.getBytes("meta_data")));
        }, projectId);
        return walk.result();
    }
}
