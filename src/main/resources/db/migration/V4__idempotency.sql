-- The first answer to a POST sent with an Idempotency-Key, stored in the transaction of the write, so a
-- retry gets that answer back instead of a second write.
create table idempotency_record (
    principal    varchar(100)  not null,
    idem_key     varchar(200)  not null,
    request_hash varchar(64)   not null,
    status       integer       not null,
    location     varchar(1000),
    etag         varchar(100),
    body         varchar(32000) not null,
    created_at   timestamp with time zone not null,
    constraint pk_idempotency_record primary key (principal, idem_key)
);
create index ix_idempotency_created on idempotency_record (created_at);
