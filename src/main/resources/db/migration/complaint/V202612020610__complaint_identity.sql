-- An investigator sees a reporter's identity only after a reasoned request a custodian approved, and every
-- look at it is kept, for the custodian to read. The reason is sealed with the case's key, as the case is.
create table complaint_identity_request (
    agency_id       uuid          not null references agency (id),
    id              uuid          not null,
    case_id         uuid          not null,
    requested_by    uuid          not null,
    requester_name  varchar(200)  not null,
    requested_at    timestamptz   not null default now(),
    reason          bytea         not null,
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'DENIED')),
    decided_by      varchar(200),
    decided_at      timestamptz,
    primary key (agency_id, id),
    foreign key (agency_id, case_id) references complaint_case (agency_id, id)
);
create index complaint_identity_request_case on complaint_identity_request (agency_id, case_id);

create table complaint_identity_access (
    agency_id   uuid          not null references agency (id),
    id          uuid          not null,
    request_id  uuid          not null,
    read_by     varchar(200)  not null,
    read_at     timestamptz   not null default now(),
    primary key (agency_id, id),
    foreign key (agency_id, request_id) references complaint_identity_request (agency_id, id)
);
