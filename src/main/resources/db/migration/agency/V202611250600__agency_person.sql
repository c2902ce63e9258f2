-- The agency's executives shown on its site: the political side (นายก, รองนายก, …) and the permanent side
-- (ปลัด, ผู้อำนวยการกอง, …), with photo and contacts.
create table agency_person (
    agency_id    uuid         not null references agency (id),
    id           uuid         not null,
    side         varchar(10)  not null check (side in ('POLITICAL', 'PERMANENT')),
    name         varchar(200) not null,
    position     varchar(200) not null,
    phone        varchar(40),
    email        varchar(254),
    photo_sha256 varchar(64),
    sort_order   int          not null default 0,
    primary key (agency_id, id)
);
