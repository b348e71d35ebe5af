-- One row counting committed changes to the data the indices read. Every write transaction bumps it,
-- so any instance can tell, with one cheap read, whether its cached scoring snapshot is current.
create table data_version (
    id      integer primary key,
    version bigint not null
);
insert into data_version (id, version) values (1, 0);
