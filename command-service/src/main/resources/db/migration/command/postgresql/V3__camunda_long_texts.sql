-- A reviewer's conclusion takes up to 20,000 characters, as the command API does; Camunda keeps a
-- string variable, and its history, in a 4000-character column.
ALTER TABLE act_ru_variable ALTER COLUMN text_ TYPE varchar(20000);
ALTER TABLE act_hi_varinst ALTER COLUMN text_ TYPE varchar(20000);
ALTER TABLE act_hi_detail ALTER COLUMN text_ TYPE varchar(20000);
