-- Whatever a stored event carries must fit the views: texts copied from events lose their length limits.
ALTER TABLE project_card ALTER COLUMN territory SET DATA TYPE VARCHAR;
ALTER TABLE project_card ALTER COLUMN lead_organization_id SET DATA TYPE VARCHAR;
ALTER TABLE pending_review ALTER COLUMN territory SET DATA TYPE VARCHAR;
ALTER TABLE pending_review ALTER COLUMN organization_id SET DATA TYPE VARCHAR;
