-- Complaints (ร้องเรียน/ร้องทุกข์) and corruption reports (แจ้งเบาะแสการทุจริต), kept apart by channel as O28 asks.
-- What a reporter wrote and who they are is sealed: each case has its own data key (AES-256-GCM), kept sealed by
-- the key file outside the database; destroying a case's data key destroys everything sealed with it. Nothing
-- about the sender is kept: no address, no user agent, no time finer than the day.
create table complaint_case (
    agency_id          uuid         not null references agency (id),
    id                 uuid         not null,
    number             integer      not null,
    channel            varchar(20)  not null check (channel in ('GENERAL', 'CORRUPTION')),
    anonymous          boolean      not null,
    received_on        date         not null,
    status             varchar(20)  not null default 'RECEIVED'
        check (status in ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'FORWARDED', 'RESOLVED', 'DISMISSED')),
    status_changed_on  date         not null,
    acknowledge_by     date         not null,
    -- The receipt's first eight digits find the case; the whole receipt is kept only as an Argon2id hash.
    locator            char(8)      not null,
    receipt_hash       varchar(200) not null,
    data_key           bytea,
    content            bytea,
    identity           bytea,
    primary key (agency_id, id),
    unique (agency_id, number),
    unique (agency_id, locator)
);
create index complaint_case_open on complaint_case (agency_id, status, received_on);

-- The case's numbers (#1, #2, …) per agency, handed out one at a time.
create table complaint_counter (
    agency_id  uuid     not null references agency (id),
    last       integer  not null,
    primary key (agency_id)
);

-- Each step of the case (acknowledged, forwarded to the NACC, dismissed …) with its reason, sealed as the case is.
create table complaint_step (
    agency_id  uuid         not null references agency (id),
    case_id    uuid         not null,
    position   integer      not null,
    status     varchar(20)  not null,
    taken_on   date         not null,
    taken_by   varchar(200) not null,
    reason     bytea,
    primary key (agency_id, case_id, position),
    foreign key (agency_id, case_id) references complaint_case (agency_id, id)
);

-- Messages between the investigator and the reporter, who reads and answers them with the receipt.
create table complaint_message (
    agency_id      uuid     not null references agency (id),
    case_id        uuid     not null,
    position       integer  not null,
    written_on     date     not null,
    from_reporter  boolean  not null,
    body           bytea    not null,
    primary key (agency_id, case_id, position),
    foreign key (agency_id, case_id) references complaint_case (agency_id, id)
);
