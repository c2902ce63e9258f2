-- The working group that reviews the results and approves the plan: its members and their roles.
create table improvement_member (
    agency_id  uuid         not null references agency (id),
    plan_year  int          not null,
    position   int          not null,
    name       varchar(200) not null,
    title      varchar(200),
    role       varchar(100) not null,
    primary key (agency_id, plan_year, position)
);
