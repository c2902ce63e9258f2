create table news_item (
    agency_id     uuid         not null references agency (id),
    id            uuid         not null,
    title         varchar(300) not null,
    body          text         not null,
    published_on  date         not null,
    unit_id       uuid,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null default now(),
    primary key (agency_id, id),
    foreign key (agency_id, unit_id) references agency_unit (agency_id, id)
);
create index news_item_recent on news_item (agency_id, published_on desc);
