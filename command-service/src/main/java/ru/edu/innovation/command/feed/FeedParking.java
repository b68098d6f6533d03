package ru.edu.innovation.command.feed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** The feed's parked events (table {@code feed_parked_event}). */
public class FeedParking {

    static final int MESSAGE_SIZE = 1023;
    private static final String COLUMNS = """
            global_index, event_identifier, project_id, sequence_number, event_type, waiting_behind, error_class,
            error_message, parked_at, last_attempt_at, attempts""";
    private static final RowMapper<FeedParkedEvent> ROW = (row, i) -> new FeedParkedEvent(row.getLong("global_index"),
            row.getString("event_identifier"), row.getString("project_id"), row.getLong("sequence_number"),
            row.getString("event_type"), row.getBoolean("waiting_behind"), row.getString("error_class"),
            row.getString("error_message"), row.getObject("parked_at", OffsetDateTime.class).toInstant(),
            row.getObject("last_attempt_at", OffsetDateTime.class).toInstant(), row.getInt("attempts"));

    private final JdbcTemplate jdbc;

    public FeedParking(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The projects that have a parked event, each with the position of its first: the project's
     * events from there on are parked behind it.
     */
    public Map<String, Long> firstParkedByProject() {
        Map<String, Long> first = new HashMap<>();
        jdbc.query("SELECT project_id, min(global_index) AS first FROM feed_parked_event GROUP BY project_id",
                row -> {
                    first.put(row.getString("project_id"), row.getLong("first"));
                });
        return first;
    }

    /** Parks the events; one parked already (met again by a re-publish) stays as it was. */
    public void park(List<FeedParkedEvent> events) {
        List<Object[]> rows = events.stream().filter(event -> find(event.globalIndex()).isEmpty())
                .map(event -> new Object[]{event.globalIndex(), event.eventId(), event.projectId(),
                        event.sequenceNumber(), event.eventType(), event.waitingBehind(), event.errorClass(),
                        event.errorMessage(), Timestamp.from(event.parkedAt()), Timestamp.from(event.lastAttemptAt()),
                        event.attempts()})
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO feed_parked_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    public List<FeedParkedEvent> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM feed_parked_event ORDER BY global_index", ROW);
    }

    public List<FeedParkedEvent> ofProject(String projectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM feed_parked_event WHERE project_id = ? ORDER BY global_index",
                ROW, projectId);
    }

    public Optional<FeedParkedEvent> find(long globalIndex) {
        return jdbc.query("SELECT " + COLUMNS + " FROM feed_parked_event WHERE global_index = ?", ROW, globalIndex)
                .stream().findFirst();
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM feed_parked_event", Long.class);
        return count == null ? 0 : count;
    }

    public void remove(long globalIndex) {
        jdbc.update("DELETE FROM feed_parked_event WHERE global_index = ?", globalIndex);
    }

    /** A retry that failed again: the event is parked for its own error now, one attempt more. */
    public void failedAgain(long globalIndex, Throwable failure, Instant at) {
        jdbc.update("""
                UPDATE feed_parked_event SET waiting_behind = FALSE, error_class = ?, error_message = ?,
                       last_attempt_at = ?, attempts = attempts + 1
                 WHERE global_index = ?""", failure.getClass().getName(), message(failure), Timestamp.from(at),
                globalIndex);
    }

    static String message(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return message.length() > MESSAGE_SIZE ? message.substring(0, MESSAGE_SIZE) : message;
    }
}
