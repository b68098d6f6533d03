-- Axon's JDBC dead-letter queue (JdbcSequencedDeadLetterQueue; its schema with snake_case names, see
-- ParkedEventsConfiguration): the events a projection could not handle, parked per project
-- (sequence_identifier = project id) in their order, with the error, the event as stored, its
-- position (token) and the attempts (diagnostics). Emptied by a rebuild, like the views.
CREATE TABLE dead_letter_entry (
    dead_letter_id        VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group      VARCHAR(255)  NOT NULL,
    sequence_identifier   VARCHAR(255)  NOT NULL,
    sequence_index        BIGINT        NOT NULL,
    message_type          VARCHAR(255)  NOT NULL,
    event_identifier      VARCHAR(255)  NOT NULL,
    time_stamp            VARCHAR(255)  NOT NULL,
    payload_type          VARCHAR(255)  NOT NULL,
    payload_revision      VARCHAR(255),
    payload               BLOB         NOT NULL,
    meta_data             BLOB,
    aggregate_type        VARCHAR(255),
    aggregate_identifier  VARCHAR(255),
    sequence_number       BIGINT,
    token_type            VARCHAR(255),
    token                 BLOB,
    enqueued_at           VARCHAR(255)  NOT NULL,
    last_touched          VARCHAR(255),
    processing_started    VARCHAR(255),
    cause_type            VARCHAR(255),
    cause_message         VARCHAR(1023),
    diagnostics           BLOB,
    CONSTRAINT uq_dead_letter_sequence_index UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX ix_dead_letter_sequence ON dead_letter_entry (processing_group, sequence_identifier);
