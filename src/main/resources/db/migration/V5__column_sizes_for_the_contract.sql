-- Every body the contract allows fits its columns: lists are stored one item a line, so a column holds
-- (items) x (item length + 1). Notable work: 50 x 300; sources: 20 x 500. A stored idempotent answer
-- holds a whole representation, escapes included.
alter table researcher alter column notable_work set data type varchar(15050);
alter table affiliation alter column sources set data type varchar(10020);
alter table departure alter column sources set data type varchar(10020);
alter table idempotency_record alter column body set data type varchar(1000000);
-- Idempotency records and audit events name the API key itself, not its name (names are not unique).
alter table audit_event add column actor_key varchar(32);
