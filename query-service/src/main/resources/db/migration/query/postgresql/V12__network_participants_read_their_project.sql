-- The schools that take part in a network project read it as its lead does: the card keeps their
-- organizations beside it, each between spaces (" school-a school-b "), for the registry to filter on.
-- As V11 did, the views are emptied and their processor's position removed, so the service folds the
-- event store again on its first start and every card has its participants.
ALTER TABLE project_card ADD COLUMN participant_organizations TEXT DEFAULT '' NOT NULL;
TRUNCATE held_event_page, pending_review, pending_review_project, project_card, card_checkpoint;
DELETE FROM query_token_entry WHERE processor_name IN ('project-cards', 'pending-reviews');
DELETE FROM dead_letter_entry WHERE processing_group IN ('project-cards', 'pending-reviews');
