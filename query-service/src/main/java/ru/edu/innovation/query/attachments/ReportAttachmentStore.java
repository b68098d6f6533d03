package ru.edu.innovation.query.attachments;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Reads the bytes of attached files from command-service's table {@code report_attachment}. */
@Repository
public class ReportAttachmentStore {

    private final JdbcTemplate jdbc;

    public ReportAttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored bytes of a project's report's file, if there are any. */
    public Optional<byte[]> content(String projectId, String reportId, String attachmentId) {
        List<byte[]> rows = jdbc.query("SELECT content FROM report_attachment "
                        + "WHERE attachment_id = ? AND project_id = ? AND report_id = ?",
                (row, index) -> row.getBytes(1), attachmentId, projectId, reportId);
        return rows.stream().findFirst();
    }
}
