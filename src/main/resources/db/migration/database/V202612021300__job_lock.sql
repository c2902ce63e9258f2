-- One runner per scheduled job across every instance (ShedLock): a job runs where its row could be taken, and
-- the others skip that turn. Times are the database's, in UTC, so the instances' clocks need not agree.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
