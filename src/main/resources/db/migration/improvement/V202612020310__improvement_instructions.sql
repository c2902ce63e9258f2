-- The executive's instructions (ข้อสั่งการ) on a quarter's report, to chosen units; each unit's head says they
-- have read them, so the executive and the ITA officer see which units know.
create table improvement_instruction (
    agency_id   uuid         not null references agency (id),
    id          uuid         not null,
    plan_year   int          not null,
    quarter     int          not null check (quarter between 1 and 4),
    text        text         not null,
    given_by    varchar(200) not null,
    given_by_id uuid,
    given_at    timestamptz  not null default now(),
    primary key (agency_id, id)
);
create index improvement_instruction_quarter on improvement_instruction (agency_id, plan_year, quarter);

create table improvement_instruction_unit (
    agency_id      uuid         not null references agency (id),
    instruction_id uuid         not null,
    unit_id        uuid         not null,
    read_by        varchar(200),
    read_at        timestamptz,
    primary key (agency_id, instruction_id, unit_id),
    foreign key (agency_id, instruction_id) references improvement_instruction (agency_id, id),
    foreign key (agency_id, unit_id) references agency_unit (agency_id, id)
);
create index improvement_instruction_unread on improvement_instruction_unit (agency_id, unit_id)
    where read_at is null;
