-- postgresql/V9__pending_reviews_projection.sql for the embedded H2 database (native mode).
DROP TABLE pending_review;
CREATE TABLE pending_review (
    project_id             VARCHAR(255) NOT NULL,
    item                   VARCHAR(32)  NOT NULL,
    item_id                VARCHAR(255) NOT NULL,
    level                  VARCHAR(16)  NOT NULL,
    title                  VARCHAR      NOT NULL,
    organization_id        VARCHAR      NOT NULL,
    organization_name      VARCHAR      NOT NULL,
    territory              VARCHAR,
    waiting_since          TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue                BOOLEAN      NOT NULL,
    reviewing_institute_id VARCHAR(255),
    PRIMARY KEY (project_id, item, item_id)
);
CREATE INDEX ix_pending_review_level ON pending_review (level, overdue DESC, waiting_since);

CREATE TABLE pending_review_project (
    project_id VARCHAR(255) PRIMARY KEY,
    version    BIGINT       NOT NULL,
    state      CLOB         NOT NULL
);
