-- People and labs as stable entities: the ids other sources know them by, each held by one of them at most,
-- and a researcher's other spellings and names (one per line, like notable work).
alter table researcher add column orcid varchar(19);
alter table researcher add column openalex varchar(20);
alter table researcher add column scholar varchar(12);
alter table researcher add column dblp varchar(200);
alter table researcher add column homepage varchar(500);
alter table researcher add column x_handle varchar(15);
alter table researcher add column aliases varchar(4050) default '' not null;
alter table researcher add constraint uq_researcher_orcid unique (orcid);
alter table researcher add constraint uq_researcher_openalex unique (openalex);
alter table researcher add constraint uq_researcher_scholar unique (scholar);
alter table researcher add constraint uq_researcher_dblp unique (dblp);
alter table researcher add constraint uq_researcher_homepage unique (homepage);
alter table researcher add constraint uq_researcher_x unique (x_handle);

alter table lab add column ror varchar(9);
alter table lab add column openalex varchar(20);
alter table lab add constraint uq_lab_ror unique (ror);
alter table lab add constraint uq_lab_openalex unique (openalex);
