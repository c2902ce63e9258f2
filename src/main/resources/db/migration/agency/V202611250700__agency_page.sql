-- The standing pages of "about the agency": structure, powers and duties, development plan, laws; each a
-- text and, if given, an attached document.
create table agency_page (
    agency_id   uuid         not null references agency (id),
    page        varchar(20)  not null check (page in ('STRUCTURE', 'DUTIES', 'PLAN', 'LAWS')),
    body        text,
    file_sha256 varchar(64),
    file_name   varchar(255),
    file_type   varchar(100),
    updated_at  timestamptz  not null default now(),
    primary key (agency_id, page)
);
