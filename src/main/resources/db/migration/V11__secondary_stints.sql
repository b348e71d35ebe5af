-- Dual roles: a PRIMARY stint is the researcher's one main affiliation at a time (what departures end and
-- open, what the indices weigh); SECONDARY ones (adjunct, advisor, visiting) may overlap it and weigh nothing.
alter table affiliation add column kind varchar(16) default 'PRIMARY' not null;
alter table affiliation add column stint_role varchar(200);
