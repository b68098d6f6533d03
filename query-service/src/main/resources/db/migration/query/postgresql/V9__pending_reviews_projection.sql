-- The review queue becomes a projection of its own (processing group pending-reviews): its rows no
-- longer hang on the cards', and it keeps each project as far as it has folded it. Its processor
-- has no position yet, so it folds the whole event store on its first start after this migration.
DROP TABLE pending_review;
CREATE TABLE pending_review (
    project_id             VARCHAR(255) NOT NULL,
    item                   VARCHAR(32)  NOT NULL,
    item_id                VARCHAR(255) NOT NULL,
    level                  VARCHAR(16)  NOT NULL,
    title                  TEXT         NOT NULL,
    organization_id        TEXT         NOT NULL,
    organization_name      TEXT         NOT NULL,
    territory              TEXT,
    waiting_since          TIMESTAMPTZ  NOT NULL,
    overdue                BOOLEAN      NOT NULL,
    reviewing_institute_id VARCHAR(255),
    PRIMARY KEY (project_id, item, item_id)
);
CREATE INDEX ix_pending_review_level ON pending_review (level, overdue DESC, waiting_since);

-- Each project as the queue has folded it (a ProjectCard of the events the queue handles), to fold
-- its next events from. json, not jsonb: the document keeps its reports and stages in recorded order.
CREATE TABLE pending_review_project (
    project_id VARCHAR(255) PRIMARY KEY,
    version    BIGINT       NOT NULL,
    state      JSON         NOT NULL
);
