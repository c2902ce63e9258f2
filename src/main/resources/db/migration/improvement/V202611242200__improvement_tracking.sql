-- Tracking: each measure is done as one or more occurrences (twelve for a monthly one), each with its due
-- date and state; progress notes and evidence are kept against the occurrence.
alter table improvement_measure add column dropped_reason text;

create table improvement_occurrence (
    agency_id   uuid        not null,
    id          uuid        not null,
    measure_id  uuid        not null,
    position    int         not null,
    due_on      date,
    status      varchar(20) not null default 'PLANNED'
        check (status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
    done_on     date,
    primary key (agency_id, id),
    foreign key (agency_id, measure_id) references improvement_measure (agency_id, id) on delete cascade
);

create table improvement_progress (
    agency_id      uuid         not null,
    id             uuid         not null,
    occurrence_id  uuid         not null,
    written_at     timestamptz  not null default now(),
    written_by     varchar(200) not null,
    note           text         not null,
    evidence_file  uuid,
    evidence_name  varchar(255),
    evidence_link  varchar(500),
    primary key (agency_id, id),
    foreign key (agency_id, occurrence_id) references improvement_occurrence (agency_id, id) on delete cascade
);
create index improvement_occurrence_due on improvement_occurrence (agency_id, due_on);
