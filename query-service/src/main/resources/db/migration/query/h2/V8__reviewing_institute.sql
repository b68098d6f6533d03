-- postgresql/V8__reviewing_institute.sql for the embedded H2 database (native mode).
ALTER TABLE pending_review ADD COLUMN reviewing_institute_id VARCHAR(255);
DELETE FROM held_event_page;
DELETE FROM pending_review;
DELETE FROM project_card;
DELETE FROM card_checkpoint;
DELETE FROM query_token_entry WHERE processor_name = 'project-cards';
DELETE FROM dead_letter_entry WHERE processing_group = 'project-cards';
