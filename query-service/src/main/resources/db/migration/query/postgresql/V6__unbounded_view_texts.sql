-- Whatever a stored event carries must fit the views: texts copied from events lose their length
-- limits. A btree index entry holds at most about 2.7 KB, so the columns filtered by equality are
-- indexed by hash (any length) instead; the registry's level and status keep their btree index.
ALTER TABLE project_card ALTER COLUMN territory TYPE TEXT, ALTER COLUMN lead_organization_id TYPE TEXT;
ALTER TABLE pending_review ALTER COLUMN territory TYPE TEXT, ALTER COLUMN organization_id TYPE TEXT;
DROP INDEX ix_project_card_registry;
CREATE INDEX ix_project_card_registry ON project_card (level, status);
CREATE INDEX ix_project_card_territory ON project_card USING hash (territory);
DROP INDEX ix_project_card_organization;
CREATE INDEX ix_project_card_organization ON project_card USING hash (lead_organization_id);
