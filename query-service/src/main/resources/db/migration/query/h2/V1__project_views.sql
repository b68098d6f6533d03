-- The views of postgresql/V1__project_views.sql for the embedded H2 database (native mode).
-- Positions of this service's event processors in command-service's event store.
CREATE TABLE query_token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BLOB,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- One row per project: the card as a JSON document (ProjectCard) and the columns the registry
-- filters, sorts and searches on. Disposable: rebuilt from the event store by replay.
CREATE TABLE project_card (
    project_id             VARCHAR(255) PRIMARY KEY,
    version                BIGINT       NOT NULL,
    status                 VARCHAR(32)  NOT NULL,
    level                  VARCHAR(32)  NOT NULL,
    territory              VARCHAR(255),
    current_stage          INTEGER      NOT NULL,
    lead_organization_id   VARCHAR(255) NOT NULL,
    lead_organization_name VARCHAR      NOT NULL,
    theme                  VARCHAR      NOT NULL,
    goal                   VARCHAR      NOT NULL,
    registered_at          TIMESTAMP WITH TIME ZONE  NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE  NOT NULL,
    card                   CLOB         NOT NULL
);
CREATE INDEX ix_project_card_registry ON project_card (level, status, territory);
CREATE INDEX ix_project_card_organization ON project_card (lead_organization_id);

-- What waits for a review at the institute or the ministry, derived from the cards.
CREATE TABLE pending_review (
    project_id        VARCHAR(255) NOT NULL REFERENCES project_card (project_id) ON DELETE CASCADE,
    item              VARCHAR(32)  NOT NULL,
    item_id           VARCHAR(255) NOT NULL,
    level             VARCHAR(16)  NOT NULL,
    title             VARCHAR      NOT NULL,
    organization_id   VARCHAR(255) NOT NULL,
    organization_name VARCHAR      NOT NULL,
    territory         VARCHAR(255),
    waiting_since     TIMESTAMP WITH TIME ZONE  NOT NULL,
    overdue           BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, item, item_id)
);
CREATE INDEX ix_pending_review_level ON pending_review (level, overdue DESC, waiting_since);
