create table audit_event (
    agency_id   uuid         not null references agency (id),
    id          uuid         not null,
    occurred_at timestamptz  not null default now(),
    actor_id    uuid,
    actor_name  varchar(200) not null,
    action      varchar(40)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(80),
    before      jsonb,
    after       jsonb,
    primary key (agency_id, id)
);
create index audit_event_recent on audit_event (agency_id, occurred_at desc);

-- Append-only: the database itself refuses to change or remove a record.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
