-- The checkpoints of postgresql/V3__card_checkpoints.sql for the embedded H2 database.
CREATE TABLE card_checkpoint (
    project_id      VARCHAR(255)             NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    events_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    card            BLOB                     NOT NULL,
    PRIMARY KEY (project_id, sequence_number)
);
