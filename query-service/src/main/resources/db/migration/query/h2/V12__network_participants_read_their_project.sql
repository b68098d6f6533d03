-- postgresql/V12__network_participants_read_their_project.sql for the embedded H2 database (native mode).
ALTER TABLE project_card ADD COLUMN participant_organizations VARCHAR DEFAULT '' NOT NULL;
DELETE FROM held_event_page;
DELETE FROM pending_review;
DELETE FROM pending_review_project;
DELETE FROM project_card;
DELETE FROM card_checkpoint;
DELETE FROM query_token_entry WHERE processor_name IN ('project-cards', 'pending-reviews');
DELETE FROM dead_letter_entry WHERE processing_group IN ('project-cards', 'pending-reviews');
