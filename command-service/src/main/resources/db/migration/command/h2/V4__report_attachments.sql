-- The bytes of the files schools attach to their reports. A row is written in the transaction of the
-- command whose event names it (ReportFileAttachedEvent, with the file's SHA-256), so a refused
-- command leaves no row. Rows are never changed or deleted: a detached file stays part of the
-- versions of the report that were submitted with it.
CREATE TABLE report_attachment (
    attachment_id VARCHAR(100)  NOT NULL PRIMARY KEY,
    project_id    VARCHAR(255)  NOT NULL,
    report_id     VARCHAR(255)  NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       BINARY LARGE OBJECT NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_report_attachment_report ON report_attachment (project_id, report_id);
