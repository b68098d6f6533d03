-- A held event now counts its participants by category (HeldEventRecordedEvent revision 3), and a
-- report's card keeps its frozen versions: cards and held-event pages stored by an older version hold
-- the old shapes. As V8 did, the views are emptied and their processor's position removed, so the
-- service folds the whole event store again on its first start after this migration (upcasting the
-- old events on the way) instead of waiting for an administrator's rebuild.
TRUNCATE held_event_page, pending_review, pending_review_project, project_card, card_checkpoint;
DELETE FROM query_token_entry WHERE processor_name IN ('project-cards', 'pending-reviews');
DELETE FROM dead_letter_entry WHERE processing_group IN ('project-cards', 'pending-reviews');
