-- A reviewer's conclusion takes up to 20,000 characters, as the command API does; Camunda keeps a
-- string variable, and its history, in a 4000-character column.
ALTER TABLE ACT_RU_VARIABLE ALTER COLUMN TEXT_ SET DATA TYPE VARCHAR(20000);
ALTER TABLE ACT_HI_VARINST ALTER COLUMN TEXT_ SET DATA TYPE VARCHAR(20000);
ALTER TABLE ACT_HI_DETAIL ALTER COLUMN TEXT_ SET DATA TYPE VARCHAR(20000);
