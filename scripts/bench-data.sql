-- A synthetic field for the service benchmark: 10,000 labs, 200,000 researchers, 1,200,000 stints and
-- 1,000,000 departures, consistent with each other (each researcher moves five times between 2000 and
-- 2026). PostgreSQL only. Run on a database the service has migrated; it replaces all data.
\set ON_ERROR_STOP on
begin;
truncate departure, affiliation, researcher_expertise, researcher, lab restart identity cascade;

insert into lab (id, slug, name, type, country, founded_year, parent_id, version, created_at, updated_at)
select i, 'lab-' || i, 'Lab ' || i, 'STARTUP', 'US', 2000, null, 0, now(), now()
from generate_series(1, 10000) i;
update lab set parent_id = (id % 100) + 1 where id > 100 and id % 10 = 0;

insert into researcher (id, slug, name, seniority, notable_work, version, created_at, updated_at)
select i, 'researcher-' || i, 'Researcher ' || i, (array['IC','LEAD','EXECUTIVE','FOUNDER'])[1 + i % 4],
       coalesce(array_to_string(array_fill('work'::text, array[i % 5]), E'\n'), ''), 0, now(), now()
from generate_series(1, 200000) i;

insert into researcher_expertise (researcher_id, area)
select i, (array['reasoning','pretraining','alignment','safety','rl','infrastructure','research-leadership',
                 'multimodal','product','policy'])[1 + i % 10]
from generate_series(1, 200000) i where i % 7 <> 0;

-- move j of researcher i (j = 1..5) happens on day_j; stint j runs [day_j, day_j+1) at lab_j
create temporary table moves as
select i, j,
       date '2000-01-01' + ((i * 13) % 1500) + j * 1600 + ((i * j) % 200) as day,
       ((i * 7 + j * 131) % 10000) + 1 as lab
from generate_series(1, 200000) i, generate_series(0, 5) j;

insert into affiliation (id, researcher_id, lab_id, start_date, end_date, sources, version, created_at, updated_at)
select (m.i - 1) * 6 + m.j + 1, m.i, m.lab,
       case when m.j = 0 then n.day - 700 else m.day end,
       n.day, '', 0, now(), now()
from moves m left join moves n on n.i = m.i and n.j = m.j + 1;

insert into departure (id, researcher_id, from_lab_id, to_lab_id, departure_date, date_precision, destination_type,
                       reason, stated_tenure_years, tenure_years, confidence, sources, ended_stint_id,
                       ended_stint_prior_end, opened_stint_id, version, created_at, updated_at)
select (m.i - 1) * 5 + m.j, m.i, p.lab, m.lab, m.day, 'DAY',
       (array['COMPETITOR','BIG_TECH','FOUNDED_STARTUP','ACADEMIA','UNDISCLOSED','OTHER'])[1 + (m.i + m.j) % 6],
       null, null, (m.day - case when m.j = 1 then m.day - 700 else p.day end) / 365.25,
       (array['CONFIRMED','REPORTED','RUMORED'])[1 + (m.i * m.j) % 3], '',
       (m.i - 1) * 6 + m.j, null, (m.i - 1) * 6 + m.j + 1, 0, now(), now()
from moves m join moves p on p.i = m.i and p.j = m.j - 1
where m.j >= 1;

alter table lab alter column id restart with 10001;
alter table researcher alter column id restart with 200001;
alter table affiliation alter column id restart with 1200001;
alter table departure alter column id restart with 1000001;
-- written behind the service's back, so no feed entry says what changed: mark the feed purged past its head,
-- and every in-memory view (the scoring snapshot, the search index) reads everything again
update feed_sequence set seq = seq + 1, purged_through = seq + 1 where id = 1;
update data_version set version = version + 1;
commit;
analyze lab; analyze researcher; analyze researcher_expertise; analyze affiliation; analyze departure;
