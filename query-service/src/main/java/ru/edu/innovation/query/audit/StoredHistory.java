package ru.edu.innovation.query.audit;

import com.fasterxml.jackson.core.JsonFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** A project's history as the event store keeps it, read page by page for the auditor. */
@Repository
public class StoredHistory {

    private static final String PAGE_QUERY = """
            SELECT sequence_number, event_identifier, payload_type, payload_revision, time_stamp, meta_data, payload
              FROM domain_event_entry
             WHERE aggregate_identifier = ? AND sequence_number >= ? AND sequence_number < ?
             ORDER BY sequence_number""";

    private final JdbcTemplate jdbc;

    public StoredHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many events the project has. Its sequence numbers run 0, 1, 2… without gaps (Axon appends
     * them so, and the unique key holds them to it), so the count is the last one plus one, read
     * from the index's end instead of counting the rows.
     */
    public long length(String projectId) {
        Long length = jdbc.queryForObject(
                "SELECT coalesce(max(sequence_number) + 1, 0) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, projectId);
        return length == null ? 0 : length;
    }

    /** Writes the project's whole history as one page of the API's format: the auditor's download. */
    public void writeWhole(String projectId, JsonFactory json, OutputStream out) throws IOException {
        long total = length(projectId);
        int size = (int) Math.min(Math.max(total, 1), Integer.MAX_VALUE);
        HistoryJson page = new HistoryJson(json, out, projectId, total, 0, size);
        writePage(projectId, 0, size, page);
        page.end();
    }

    /**
     * Writes the project's events {@code from} up to {@code from + size} as entries of the page. A
     * page is a range of sequence numbers, not a LIMIT: with one, PostgreSQL misjudged how many rows
     * remain and sorted the whole rest of the stream.
     */
    public void writePage(String projectId, long from, int size, HistoryJson page) {
        jdbc.query(PAGE_QUERY, row -> {
            try {
                page.entry(row);
            } catch (IOException e) {
                throw new UncheckedIOException("writing the history of " + projectId, e);
            }
        }, projectId, from, from + size);
    }
}
