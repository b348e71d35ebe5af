-- A deleted lab's or researcher's slug is retired as a renamed one is: never given again. It leads nowhere
-- (a request under it is a 404), so its row has no new slug.
alter table slug_redirect alter column new_slug drop not null;
