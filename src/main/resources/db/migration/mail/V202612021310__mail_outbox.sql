-- E-mails waiting to be sent. A module writes its e-mail here in the transaction that decides it (a reminder
-- recorded, a report received), so it is sent if and only if that commits; the sender sends it afterwards,
-- holding no connection while the SMTP server answers, and tries again later when it fails.
create table mail_outbox (
    agency_id     uuid        not null references agency (id),
    id            uuid        not null,
    recipients    text[]      not null,
    subject       text        not null,
    body          text        not null,
    created_at    timestamptz not null default now(),
    next_try_at   timestamptz not null default now(),
    claimed_until timestamptz,
    attempts      int         not null default 0,
    last_error    text,
    primary key (agency_id, id)
);
create index mail_outbox_due on mail_outbox (next_try_at);
