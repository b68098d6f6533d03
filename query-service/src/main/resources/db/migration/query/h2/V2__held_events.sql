-- postgresql/V2__held_events.sql for the embedded H2 database (native mode).
CREATE TABLE held_event (
    project_id    VARCHAR(255) NOT NULL REFERENCES project_card (project_id) ON DELETE CASCADE,
    held_event_id VARCHAR(255) NOT NULL,
    activity_id   VARCHAR(255),
    held          CLOB         NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, held_event_id)
);
