-- postgresql/V5__held_event_pages.sql for the embedded H2 database (native mode); the version
-- number is shared with it (H2 has no V4: its table kept the foreign key PostgreSQL's V4 dropped).
DROP TABLE held_event;
CREATE TABLE held_event_page (
    project_id     VARCHAR(255) NOT NULL,
    first_sequence BIGINT       NOT NULL,
    held           CLOB         NOT NULL,
    PRIMARY KEY (project_id, first_sequence)
);
DELETE FROM pending_review;
DELETE FROM project_card;
DELETE FROM query_token_entry WHERE processor_name = 'project-cards';
