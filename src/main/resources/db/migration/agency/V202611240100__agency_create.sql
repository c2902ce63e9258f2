-- Agencies are the tenants. The table is small (one row per agency, ~8,000 nationally) and is read by
-- every request, so on Citus it is a reference table and every tenant table refers to it.
create table agency (
    id            uuid primary key,
    slug          varchar(63)  not null unique check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    host          varchar(253) unique,
    name_th       varchar(300) not null,
    name_en       varchar(300),
    kind          varchar(30)  not null,
    size          varchar(1)   not null check (size in ('S', 'M', 'L')),
    province      varchar(100),
    district      varchar(100),
    subdistrict   varchar(100),
    address       varchar(500),
    postcode      varchar(5),
    phone         varchar(40),
    fax           varchar(40),
    email         varchar(254),
    website       varchar(300),
    facebook      varchar(300),
    line_id       varchar(100),
    youtube       varchar(300),
    emblem_sha256 varchar(64),
    chief_name    varchar(200),
    chief_title   varchar(200),
    clerk_name    varchar(200),
    clerk_title   varchar(200),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

create table agency_unit (
    agency_id  uuid         not null references agency (id),
    id         uuid         not null,
    name_th    varchar(200) not null,
    name_en    varchar(200),
    head_name  varchar(200),
    head_title varchar(200),
    sort_order int          not null default 0,
    primary key (agency_id, id),
    unique (agency_id, name_th)
);
