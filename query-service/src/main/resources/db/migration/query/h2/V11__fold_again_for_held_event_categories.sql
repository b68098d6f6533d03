-- postgresql/V11__fold_again_for_held_event_categories.sql for the embedded H2 database (native mode).
DELETE FROM held_event_page;
DELETE FROM pending_review;
DELETE FROM pending_review_project;
DELETE FROM project_card;
DELETE FROM card_checkpoint;
DELETE FROM query_token_entry WHERE processor_name IN ('project-cards', 'pending-reviews');
DELETE FROM dead_letter_entry WHERE processing_group IN ('project-cards', 'pending-reviews');
