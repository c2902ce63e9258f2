-- Files are stored by content (SHA-256) in the file store; this table says which agency uploaded what.
create table document_file (
    agency_id     uuid         not null references agency (id),
    id            uuid         not null,
    sha256        varchar(64)  not null,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null,
    original_name varchar(255) not null,
    uploaded_by   uuid,
    uploaded_at   timestamptz  not null default now(),
    primary key (agency_id, id)
);
create index document_file_by_hash on document_file (agency_id, sha256);
