-- Each waiting review keeps the project's reviewing institute: an institute's users see in the queue
-- only what their institute reviews (and what was stored before institutes were named). The cards
-- name the institute too, so the views are emptied and their processor's position removed: the
-- service folds the whole event store again on its first start after this migration, as a rebuild
-- would, and no card or checkpoint misses an institute named while an older version ran. Events
-- parked by the views are folded again with the rest, so their dead letters go too.
ALTER TABLE pending_review ADD COLUMN reviewing_institute_id VARCHAR(255);
TRUNCATE held_event_page, pending_review, project_card, card_checkpoint;
DELETE FROM query_token_entry WHERE processor_name = 'project-cards';
DELETE FROM dead_letter_entry WHERE processing_group = 'project-cards';
