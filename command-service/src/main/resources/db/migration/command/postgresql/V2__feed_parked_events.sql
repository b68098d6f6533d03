-- Events the Kafka feed could not publish for a permanent reason (the broker refuses the record as
-- too large, it cannot be serialized), and the later events of the same project, which wait behind
-- them to keep the project's order. An administrator retries or skips them (/api/admin/feed/parked-events).
CREATE TABLE feed_parked_event (
    global_index     BIGINT        NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255)  NOT NULL,
    project_id       VARCHAR(255)  NOT NULL,
    sequence_number  BIGINT        NOT NULL,
    event_type       VARCHAR(255)  NOT NULL,
    waiting_behind   BOOLEAN       NOT NULL,
    error_class      VARCHAR(255),
    error_message    VARCHAR(1023),
    parked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL
);
CREATE INDEX ix_feed_parked_event_project ON feed_parked_event (project_id, global_index);
