-- Who handles a case: the unit it is given to and the investigator in charge; and the investigators' own notes,
-- which the reporter never reads, sealed with the case's key as everything else written about it.
alter table complaint_case
    add column unit_id uuid,
    add column assignee_id uuid,
    add foreign key (agency_id, unit_id) references agency_unit (agency_id, id),
    add foreign key (agency_id, assignee_id) references account_user (agency_id, id);

create table complaint_note (
    agency_id   uuid          not null references agency (id),
    case_id     uuid          not null,
    position    integer       not null,
    written_on  date          not null,
    written_by  varchar(200)  not null,
    body        bytea         not null,
    primary key (agency_id, case_id, position),
    foreign key (agency_id, case_id) references complaint_case (agency_id, id)
);
