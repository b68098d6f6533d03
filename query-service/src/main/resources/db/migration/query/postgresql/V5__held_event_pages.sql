-- A project's held events in pages: their views (HeldEventView) as a JSON array in the order of the
-- project's stream, about 32 KB of them per row, each page written by one batch of the projection.
-- A replay folds hundreds of one project's held events per batch, and a row and an index entry for
-- each was half of what PostgreSQL spent on a rebuild. first_sequence is the sequence number of the
-- page's first event: pages are read in that order.
DROP TABLE held_event;
CREATE TABLE held_event_page (
    project_id     VARCHAR(255) NOT NULL,
    first_sequence BIGINT       NOT NULL,
    held           JSON         NOT NULL,
    PRIMARY KEY (project_id, first_sequence)
);
-- Pages are compressed as they are written; lz4 costs a rebuild a fraction of the default pglz.
-- A server built without lz4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE held_event_page ALTER COLUMN held SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'held_event_page keeps the default compression: %', SQLERRM;
END $$;
-- The cards lost their held events with the old table: they are emptied and their processor's
-- position removed, so the service folds the whole event store again on its first start after this
-- migration (it reports ready once done), as a rebuild would. The checkpoints keep whole cards and
-- stay valid.
TRUNCATE pending_review, project_card;
DELETE FROM query_token_entry WHERE processor_name = 'project-cards';
