-- An agency's improvement plan for a fiscal year (the year after the assessed one), with the working group's
-- meeting that approved it, its rows (one per weak question or item, grouped by tool) and their measures.
create table improvement_plan (
    agency_id        uuid          not null references agency (id),
    id               uuid          not null,
    plan_year        int           not null check (plan_year between 2560 and 2700),
    assessed_year    int           not null,
    subject          varchar(500)  not null,
    body             text          not null,
    headings         jsonb         not null,
    announced_on     date,
    signer_name      varchar(200),
    signer_position  varchar(200),
    meeting_number   int,
    meeting_year     int,
    meeting_held_on  date,
    meeting_place    varchar(300),
    meeting_agenda   text,
    meeting_resolution text,
    updated_at       timestamptz   not null default now(),
    primary key (agency_id, id),
    unique (agency_id, plan_year)
);

create table improvement_row (
    agency_id        uuid          not null,
    id               uuid          not null,
    plan_id          uuid          not null,
    position         int           not null,
    tool             varchar(10)   not null check (tool in ('IIT', 'EIT-EP', 'EIT-ES', 'OIT')),
    indicator        varchar(10)   not null,
    indicator_label  varchar(300),
    reference        varchar(10),
    assessment       text          not null,
    issue            text          not null,
    measures_intro   text,
    primary key (agency_id, id),
    foreign key (agency_id, plan_id) references improvement_plan (agency_id, id) on delete cascade
);

create table improvement_measure (
    agency_id        uuid          not null,
    id               uuid          not null,
    row_id           uuid          not null,
    position         int           not null,
    text             text          not null,
    unit_id          uuid          not null,
    responsible      varchar(200),
    starts_on        date,
    due_on           date,
    recurrence       varchar(20)   not null default 'NONE'
        check (recurrence in ('NONE', 'MONTHLY', 'QUARTERLY', 'PER_ACTIVITY')),
    expected_output  text,
    oit_items        varchar(100),
    status           varchar(20)   not null default 'PLANNED'
        check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'LATE', 'DROPPED')),
    primary key (agency_id, id),
    foreign key (agency_id, row_id) references improvement_row (agency_id, id) on delete cascade,
    foreign key (agency_id, unit_id) references agency_unit (agency_id, id)
);

-- Issued announcements never change: a later change is issued as the next version.
create table improvement_announcement (
    agency_id    uuid         not null,
    plan_id      uuid         not null,
    version      int          not null,
    pdf_sha256   varchar(64)  not null,
    docx_sha256  varchar(64),
    issued_at    timestamptz  not null default now(),
    issued_by    varchar(200) not null,
    primary key (agency_id, plan_id, version),
    foreign key (agency_id, plan_id) references improvement_plan (agency_id, id)
);
