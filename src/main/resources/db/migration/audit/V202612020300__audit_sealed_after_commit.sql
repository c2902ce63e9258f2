-- The chain is sealed after the writing transactions, not inside them. Inserting under a per-agency lock held
-- until commit made every audited change of an agency wait for the one before it to reach the disk (about 200
-- staff writes a second at most). A record is now inserted without its place in the chain; audit_seal gives the
-- records not sealed yet, in the order they were made, their number, the previous hash and their own, one
-- agency at a time. The application seals every second and before each check. Until sealed, a record is
-- protected as any other: the runtime role may not update it, and the append-only guard lets an update through
-- only when it fills in the seal of an unsealed record and changes nothing else.
alter table audit_event
    alter column seq drop not null,
    alter column prev_hash drop not null,
    alter column hash drop not null;
create index audit_event_unsealed on audit_event (agency_id) where hash is null;

create or replace function audit_event_chain() returns trigger language plpgsql as $$
begin
    -- A row that arrives with its place in the chain keeps it only when a superuser restores a backup
    -- (verifying recomputes every hash, so a forged one is found all the same). Anyone else writes a record of
    -- now: neither its time nor its place in the chain is theirs to choose.
    if current_setting('is_superuser') = 'on' then
        if new.seq is not null and new.prev_hash is not null and new.hash is not null then
            return new;
        end if;
    else
        new.occurred_at := clock_timestamp();
    end if;
    new.seq := null;
    new.prev_hash := null;
    new.hash := null;
    return new;
end;
$$;

create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
            and (new.agency_id, new.id, new.occurred_at, new.actor_id, new.actor_name, new.action, new.entity_type,
                 new.entity_id, new.before::text, new.after::text)
            is not distinct from
                (old.agency_id, old.id, old.occurred_at, old.actor_id, old.actor_name, old.action, old.entity_type,
                 old.entity_id, old.before::text, old.after::text) then
        return new;
    end if;
    raise exception 'audit_event is append-only';
end;
$$;

-- Runs with its owner's rights (the runtime role may not update audit records), and does one thing only. Every
-- name in it is schema-qualified and the caller's temporary schema comes last in its path: a temporary view or
-- function named like ours must not run with the owner's rights.
create function audit_seal(agency uuid) returns integer
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    r public.audit_event;
    last_seq bigint;
    last_hash char(64);
    sealed integer := 0;
begin
    perform pg_advisory_xact_lock(hashtextextended('prongsai.audit:' || agency::text, 0));
    select seq, hash into last_seq, last_hash
        from public.audit_event where agency_id = agency and seq is not null order by seq desc limit 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, repeat('0', 64));
    for r in select * from public.audit_event where agency_id = agency and hash is null order by occurred_at, id loop
        r.seq := last_seq + 1;
        r.prev_hash := last_hash;
        last_hash := public.audit_event_digest(r.prev_hash, r);
        update public.audit_event set seq = r.seq, prev_hash = r.prev_hash, hash = last_hash
            where agency_id = agency and id = r.id;
        last_seq := r.seq;
        sealed := sealed + 1;
    end loop;
    return sealed;
end;
$$;
-- Only the application's role seals (it is granted at start-up); nobody else may call it.
revoke execute on function audit_seal(uuid) from public;
