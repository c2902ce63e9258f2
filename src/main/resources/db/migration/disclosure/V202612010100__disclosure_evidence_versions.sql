-- Evidence belongs to a unit of the agency (by id: units are the agency module's) and carries the date it was
-- published; a file can be replaced by a newer version, and the versions it replaced stay listed under it.
-- file_state is what reading the file back last found (OK, MISSING, ALTERED, UNREADABLE).
alter table disclosure_evidence
    add column unit_id         uuid,
    add column published_on    date,
    add column version         int not null default 1,
    add column file_state      varchar(20),
    add column file_checked_at timestamptz;

create table disclosure_evidence_version (
    agency_id    uuid         not null,
    evidence_id  uuid         not null,
    version      int          not null,
    file_id      uuid         not null,
    file_name    varchar(255) not null,
    published_on date,
    replaced_at  timestamptz  not null default now(),
    primary key (agency_id, evidence_id, version),
    foreign key (agency_id, evidence_id) references disclosure_evidence (agency_id, id) on delete cascade
);
