-- Spring Modulith's registry of event publications (its v2 schema for PostgreSQL). It used to be made by the
-- library at start-up; the runtime role may not create tables, so the migrations make it. "if not exists":
-- databases the library set up already have it.
create table if not exists event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx
    on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
