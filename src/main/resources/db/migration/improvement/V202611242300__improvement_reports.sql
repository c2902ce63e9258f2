-- An executive's acknowledgement of a quarterly report, and the reminders already sent (sent once each).
create table improvement_report_ack (
    agency_id        uuid         not null references agency (id),
    plan_year        int          not null,
    quarter          int          not null check (quarter between 1 and 4),
    acknowledged_by  varchar(200) not null,
    acknowledged_at  timestamptz  not null default now(),
    primary key (agency_id, plan_year, quarter)
);

create table improvement_reminder (
    agency_id      uuid        not null,
    occurrence_id  uuid        not null,
    kind           varchar(10) not null check (kind in ('DUE_SOON', 'LATE')),
    sent_at        timestamptz not null default now(),
    primary key (agency_id, occurrence_id, kind),
    foreign key (agency_id, occurrence_id) references improvement_occurrence (agency_id, id) on delete cascade
);
