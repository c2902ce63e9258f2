-- Tamper-evident: each agency's records form a chain. Every record carries its number in the agency's trail,
-- the hash of the record before it and its own hash, computed here by the database on insert (whoever
-- inserts), from the record's content and the previous hash. Changing, removing or inserting a record in the
-- past breaks every hash after it; AuditTrail.verify and scripts/verify-audit.sh recompute the chain.
alter table audit_event
    add column seq       bigint,
    add column prev_hash char(64),
    add column hash      char(64);

create function audit_event_digest(prev char(64), e audit_event) returns char(64)
    language sql immutable as $$
    select encode(sha256(convert_to(concat_ws('|',
        prev, e.seq::text, e.agency_id::text, e.id::text,
        ((extract(epoch from e.occurred_at) * 1000000)::bigint)::text,
        coalesce(e.actor_id::text, ''), e.actor_name, e.action, e.entity_type, coalesce(e.entity_id, ''),
        coalesce(e.before::text, ''), coalesce(e.after::text, '')), 'UTF8')), 'hex')
$$;

-- Records already kept are chained in the order they were made.
alter table audit_event disable trigger audit_event_no_update;
do $$
declare
    r record;
    previous char(64);
    current_agency uuid;
    n bigint;
begin
    for r in select * from audit_event order by agency_id, occurred_at, id loop
        if current_agency is distinct from r.agency_id then
            current_agency := r.agency_id;
            previous := repeat('0', 64);
            n := 0;
        end if;
        n := n + 1;
        r.seq := n;
        r.prev_hash := previous;
        previous := audit_event_digest(previous, r);
        update audit_event set seq = n, prev_hash = r.prev_hash, hash = previous
            where agency_id = r.agency_id and id = r.id;
    end loop;
end;
$$;
alter table audit_event enable trigger audit_event_no_update;

alter table audit_event
    alter column seq set not null,
    alter column prev_hash set not null,
    alter column hash set not null;
create unique index audit_event_chain on audit_event (agency_id, seq);

-- One writer at a time per agency appends to its chain (the lock is held until the writing transaction ends).
-- A row that arrives with its place in the chain already (a restore of a backup) keeps it: verifying the chain
-- recomputes every hash, so a forged one is found all the same.
create function audit_event_chain() returns trigger language plpgsql as $$
declare
    last record;
begin
    if new.seq is not null and new.prev_hash is not null and new.hash is not null then
        return new;
    end if;
    perform pg_advisory_xact_lock(hashtextextended('prongsai.audit:' || new.agency_id::text, 0));
    select seq, hash into last from audit_event where agency_id = new.agency_id order by seq desc limit 1;
    new.seq := coalesce(last.seq, 0) + 1;
    new.prev_hash := coalesce(last.hash, repeat('0', 64));
    new.hash := audit_event_digest(new.prev_hash, new);
    return new;
end;
$$;
create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();
