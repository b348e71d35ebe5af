-- Names for the search benchmark: after scripts/bench-data.sql, give the 200,000 researchers names made of
-- 60 first names and 2,000 generated surnames (so a word is shared by many people, as real names are), an
-- alias each, and put one Ilya Sutskever among them. PostgreSQL only.
\set ON_ERROR_STOP on
begin;
create temporary table syllable(n, s) as
select row_number() over () - 1, s
from unnest(array['ka','lo','mi','ne','su','ta','ri','vo','ze','ba','del','gar','hin','jor','kes','lan','mur',
                  'nov','per','qui']) s;
update researcher r set
  name = (array['Anna','Ben','Chen','Dario','Elena','Farid','Greta','Hiro','Ines','Jan','Kofi','Lena','Mei',
                'Nikolai','Olga','Pavel','Qing','Rosa','Sven','Tariq','Uma','Viktor','Wei','Xavier','Yuki','Zara',
                'Amir','Bianca','Carlos','Daria','Emil','Fatima','Gustav','Hana','Igor','Julia','Karim','Lucia',
                'Marek','Nadia','Oscar','Priya','Rafael','Sara','Tomas','Ulla','Vera','Wojciech','Yara','Zoltan',
                'Aiko','Bruno','Chloe','Diego','Esra','Felix','Gita','Hugo','Ivan','Jonas'])[1 + r.id % 60]
         || ' ' || initcap(a.s || b.s || c.s),
  aliases = upper(left(a.s, 1)) || '. ' || initcap(a.s || b.s || c.s)
from syllable a, syllable b, syllable c
where a.n = (r.id / 60) % 20 and b.n = (r.id / 1200) % 20 and c.n = (r.id / 24000) % 5;
update researcher set name = 'Ilya Sutskever', aliases = 'I. Sutskever', slug = 'ilya-sutskever' where id = 123457;
-- written behind the service's back, so no feed entry says what changed: mark the feed purged past its head,
-- and every in-memory view (the scoring snapshot, the search index) reads everything again
update feed_sequence set seq = seq + 1, purged_through = seq + 1 where id = 1;
update data_version set version = version + 1 where id = 1;
commit;
