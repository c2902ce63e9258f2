-- The public Q&A: a citizen asks, staff answer in public. Nothing that identifies the asker is kept but the
-- name they chose to give; no IP address.
create table participation_question (
    agency_id    uuid         not null references agency (id),
    id           uuid         not null,
    asked_at     timestamptz  not null default now(),
    asker_name   varchar(100),
    question     text         not null,
    answer       text,
    answered_at  timestamptz,
    answered_by  varchar(200),
    primary key (agency_id, id)
);
create index participation_question_recent on participation_question (agency_id, asked_at desc);
