-- The events held of each project, in rows of their own: a project records hundreds of them, and
-- keeping them inside the card made every new event rewrite a document that kept growing.
CREATE TABLE held_event (
    project_id    VARCHAR(255) NOT NULL REFERENCES project_card (project_id) ON DELETE CASCADE,
    held_event_id VARCHAR(255) NOT NULL,
    activity_id   VARCHAR(255),
    held          JSON         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project_id, held_event_id)
);
