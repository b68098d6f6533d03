-- The positions of the events that are not held-event records. A processor that never handles those
-- (pending reviews, platform CatchUpJdbcEngine) finds the few others of an old stretch of the stream
-- through this index instead of reading every row of the stretch. Its predicate must stay the one
-- that reader's query repeats, or PostgreSQL no longer uses it (PendingReviewsSourceIntegrationTest).
-- The embedded H2 has no partial indexes and needs none at its size.
CREATE INDEX ix_domain_event_not_held ON domain_event_entry (global_index)
    WHERE payload_type <> 'ru.edu.innovation.api.plan.HeldEventRecordedEvent';
