create table account_user (
    agency_id        uuid          not null references agency (id),
    id               uuid          not null,
    username         varchar(60)   not null check (username ~ '^[a-z0-9._-]{3,60}$'),
    display_name     varchar(200)  not null,
    position         varchar(200),
    email            varchar(254),
    unit_id          uuid,
    roles            varchar(30)[] not null,
    password_hash    varchar(200)  not null,
    enabled          boolean       not null default true,
    failed_logins    int           not null default 0,
    locked_until     timestamptz,
    totp_secret      varchar(64),
    totp_enabled     boolean       not null default false,
    must_change_password boolean   not null default false,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    primary key (agency_id, id),
    unique (agency_id, username),
    foreign key (agency_id, unit_id) references agency_unit (agency_id, id)
);

-- Only the SHA-256 of a token is kept; the token itself is shown once.
create table account_api_token (
    agency_id    uuid         not null references agency (id),
    id           uuid         not null,
    user_id      uuid         not null,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    primary key (agency_id, id),
    unique (agency_id, token_hash),
    foreign key (agency_id, user_id) references account_user (agency_id, id)
);

-- Spring Session's own tables, so that several instances share sessions. Not tenant data: on Citus they
-- stay local tables on the coordinator.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
