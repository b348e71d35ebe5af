-- Slugs that were renamed: a request under an old slug is redirected (308) to the current one, forever, and
-- an old slug is never given to another lab or researcher. A chain of renames points every old slug at the
-- newest one.
create table slug_redirect (
    resource_type varchar(16) not null,
    old_slug      varchar(64) not null,
    new_slug      varchar(64) not null,
    renamed_at    timestamp with time zone not null,
    primary key (resource_type, old_slug)
);
create index ix_slug_redirect_target on slug_redirect (resource_type, new_slug);
