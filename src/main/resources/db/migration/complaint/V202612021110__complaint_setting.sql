-- What an agency sets for its own channel: the days it gives itself to acknowledge a new report (its O27
-- guideline says so); an agency with no row takes the deployment's default.
create table complaint_setting (
    agency_id         uuid     not null references agency (id),
    acknowledge_days  integer  not null check (acknowledge_days between 1 and 90),
    primary key (agency_id)
);
