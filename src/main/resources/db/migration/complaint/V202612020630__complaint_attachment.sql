-- Files a reporter sends with a report (photos with their metadata removed, PDF documents), sealed with the
-- case's key as the rest of the case is; never in the shared file store, whose files are kept in clear.
create table complaint_attachment (
    agency_id   uuid         not null references agency (id),
    case_id     uuid         not null,
    position    integer      not null,
    media_type  varchar(100) not null,
    name        bytea        not null,
    content     bytea,
    primary key (agency_id, case_id, position),
    foreign key (agency_id, case_id) references complaint_case (agency_id, id)
);
