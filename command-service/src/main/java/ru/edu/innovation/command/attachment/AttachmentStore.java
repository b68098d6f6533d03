package ru.edu.innovation.command.attachment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;

/** The bytes of attached files, in the command database's table {@code report_attachment}. */
@Repository
public class AttachmentStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AttachmentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a file in the current transaction: it is kept only if the command naming it commits. */
    public void add(String attachmentId, String projectId, String reportId, String fileName, String mediaType,
                    byte[] content, String sha256) {
        jdbc.update("INSERT INTO report_attachment (attachment_id, project_id, report_id, file_name, media_type, "
                        + "size_bytes, sha256, content, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                attachmentId, projectId, reportId, fileName, mediaType, (long) content.length, sha256, content,
                Timestamp.from(clock.instant()));
    }
}
