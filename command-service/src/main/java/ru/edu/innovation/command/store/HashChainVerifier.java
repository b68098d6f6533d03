package ru.edu.innovation.command.store;

import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;

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
        Walk walk = new Walk(projectId);
        jdbc.query(SELECT_STREAM, walk, projectId);
        return walk.result();
    }

    private final class Walk implements RowCallbackHandler {
        private final String projectId;
        private String previousHash = EventHashChain.GENESIS;
        private long expectedSequence = 0;
        private long checked = 0;
        private ChainVerification broken;

        Walk(String projectId) {
            this.projectId = projectId;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            if (broken != null) {
                return;
            }
            long sequence = row.getLong("sequence_number");
            String eventId = row.getString("event_identifier");
            byte[] metaData = row.getBytes("meta_data");
            checked++;
            if (sequence != expectedSequence) {
                broken = ChainVerification.broken(projectId, checked, sequence, eventId,
                        "event " + expectedSequence + " is missing before this one");
                return;
            }
            ChainedEventFields fields = new ChainedEventFields(row.getString("aggregate_identifier"), sequence, eventId,
                    DateTimeUtils.formatInstant(DateTimeUtils.parseInstant(row.getString("time_stamp"))),
                    row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"), metaData);
            String recomputed = chain.hash(previousHash, fields);
            String stored = chain.hashIn(metaData);
            if (!recomputed.equals(stored)) {
                broken = ChainVerification.broken(projectId, checked, sequence, eventId,
                        stored == null ? "the event carries no hash" : "the stored hash does not match the event's content");
                return;
            }
            previousHash = stored;
            expectedSequence++;
        }

        ChainVerification result() {
            return broken != null ? broken : ChainVerification.intact(projectId, checked);
        }
    }
}
