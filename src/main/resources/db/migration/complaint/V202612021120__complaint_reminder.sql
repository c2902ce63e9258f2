-- Reminders sent about a case (a report not acknowledged by its deadline), each once.
create table complaint_reminder (
    agency_id  uuid         not null references agency (id),
    case_id    uuid         not null,
    kind       varchar(20)  not null,
    primary key (agency_id, case_id, kind),
    foreign key (agency_id, case_id) references complaint_case (agency_id, id)
);
