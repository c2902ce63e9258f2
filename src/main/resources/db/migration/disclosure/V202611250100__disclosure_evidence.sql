-- What an agency publishes for each OIT item of a fiscal year: text, a link or a file, the year its data is
-- of, and which of the item's required elements it meets (by their index in the framework).
create table disclosure_evidence (
    agency_id      uuid          not null references agency (id),
    id             uuid          not null,
    fiscal_year    int           not null,
    item_id        varchar(10)   not null,
    title          varchar(300)  not null,
    body           text,
    link           varchar(500),
    file_id        uuid,
    file_name      varchar(255),
    data_year      int,
    elements       int[]         not null default '{}',
    published_at   timestamptz   not null default now(),
    link_checked_at timestamptz,
    link_ok        boolean,
    primary key (agency_id, id)
);
create index disclosure_evidence_item on disclosure_evidence (agency_id, fiscal_year, item_id);
