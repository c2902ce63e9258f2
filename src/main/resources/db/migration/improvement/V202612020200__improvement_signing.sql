-- The executive signs the announcement: the officer submits it (the PDF and Word file are made then, and the
-- executive reads exactly those), the executive signs it (it is then issued as the next version, or its
-- wet-signed scan is) or returns it with a comment; the officer may withdraw it to change the plan. One
-- submission at a time waits per plan, and the plan cannot change while it waits.
create table improvement_signing (
    agency_id       uuid         not null,
    id              uuid         not null,
    plan_id         uuid         not null,
    status          varchar(12)  not null check (status in ('SUBMITTED', 'SIGNED', 'RETURNED', 'WITHDRAWN')),
    pdf_sha256      varchar(64)  not null,
    docx_sha256     varchar(64)  not null,
    submitted_at    timestamptz  not null default now(),
    submitted_by    varchar(200) not null,
    submitted_by_id uuid,
    decided_at      timestamptz,
    decided_by      varchar(200),
    decided_by_id   uuid,
    acting_for      varchar(300),
    scan_file       uuid,
    comment         text,
    version         int,
    primary key (agency_id, id),
    foreign key (agency_id, plan_id) references improvement_plan (agency_id, id)
);
create unique index improvement_signing_one_waiting on improvement_signing (agency_id, plan_id)
    where status = 'SUBMITTED';
create index improvement_signing_waiting on improvement_signing (agency_id) where status = 'SUBMITTED';

-- Who signed each issued version, for whom when acting (ปฏิบัติราชการแทน), and the date the document bears.
alter table improvement_announcement
    add column signed_by    varchar(200),
    add column acting_for   varchar(300),
    add column announced_on date;
