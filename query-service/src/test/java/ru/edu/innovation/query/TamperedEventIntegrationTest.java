package ru.edu.innovation.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain names the first stored event that was changed or deleted behind the event
 * store's back. A project of its own is tampered with, and every row is put back afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperedEventIntegrationTest extends ReadSideIntegrationTest {

    private static final String ROW = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload_revision, payload, meta_data
              FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""";

    private String projectId;
    private Map<String, Object> signed;
    private Map<String, Object> submitted;
    /** The reviewing institute the submission named, stored right after it. */
    private Map<String, Object> instituteNamed;

    @BeforeAll
    void driveToInstituteReview() {
        SeedJourneys journeys = new SeedJourneys(this);
        projectId = journeys.yayaAtInstitute();
        journeys.awaitViewsCaughtUp();
        submitted = jdbc.queryForMap(ROW, projectId, 1L);
        instituteNamed = jdbc.queryForMap(ROW, projectId, 2L);
        signed = jdbc.queryForMap(ROW, projectId, 3L);
    }

    @AfterEach
    void putTheRowsBack() {
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", signed.get("payload"),
                signed.get("global_index"));
        if (jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index = ?", Long.class,
                submitted.get("global_index")) == 0) {
            jdbc.update("""
                            INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new Object[] {submitted.get("global_index"), submitted.get("event_identifier"),
                            submitted.get("aggregate_identifier"), submitted.get("sequence_number"), submitted.get("type"),
                            submitted.get("time_stamp"), submitted.get("payload_type"), submitted.get("payload_revision"),
                            submitted.get("payload"), submitted.get("meta_data")},
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                            Types.VARCHAR, Types.VARCHAR, Types.BINARY, Types.BINARY});
        }
        assertThat(verify()).containsEntry("intact", true);
    }

    @Test
    @DisplayName("an untouched history is intact and every event was checked")
    void untouched() {
        assertThat(verify()).containsEntry("intact", true)
                .containsEntry("eventsChecked", (int) storedVersion(projectId) + 1);
    }

    @Test
    @DisplayName("a signature moved to another user in the stored payload is named: its sequence and event id")
    void changedPayload() {
        assertThat(new String((byte[]) signed.get("payload"), StandardCharsets.UTF_8)).contains("tikhomirova");

        int changed = jdbc.update("""
                UPDATE domain_event_entry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'tikhomirova', 'kartashova'), 'UTF8')
                 WHERE global_index = ?""", signed.get("global_index"));

        assertThat(changed).isEqualTo(1);
        assertThat(verify()).containsEntry("intact", false)
                .containsEntry("firstBrokenSequence", 3)
                .containsEntry("firstBrokenEventId", signed.get("event_identifier"))
                .containsEntry("reason", "the stored hash does not match the event's content");
    }

    @Test
    @DisplayName("a deleted event shows as a gap, named at the event stored after it")
    void deletedEvent() {
        int deleted = jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", submitted.get("global_index"));

        assertThat(deleted).isEqualTo(1);
        assertThat(verify()).containsEntry("intact", false)
                .containsEntry("firstBrokenSequence", 2)
                .containsEntry("firstBrokenEventId", instituteNamed.get("event_identifier"))
                .containsEntry("reason", "event 1 is missing before this one");
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Object> verify() {
        return as("auditor").getForObject("/api/projects/{id}/verify", Map.class, projectId);
    }
}
