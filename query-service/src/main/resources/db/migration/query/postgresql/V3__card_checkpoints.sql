-- The whole card (held events included) as it stood after every N-th event of a project
-- (innovation.state-at.checkpoint-interval): the card at a moment is replayed from the nearest one
-- before it instead of from the project's first event. events_until is the latest timestamp among
-- the events up to it, so a checkpoint is used only for a moment no earlier than all of them.
-- Disposable like the views: emptied by a rebuild and written again from the event store.
CREATE TABLE card_checkpoint (
    project_id      VARCHAR(255)             NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    events_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    card            BYTEA                    NOT NULL,
    PRIMARY KEY (project_id, sequence_number)
);
