-- A framework as edited for this deployment (texts, recommendations, weights, grade bands) or made for a new
-- fiscal year by copying. The shipped file is never changed; deleting the row returns to it. Shared by every
-- agency: on Citus a reference table.
create table framework_edition (
    fiscal_year int          primary key check (fiscal_year between 2560 and 2700),
    content     jsonb        not null,
    based_on    int          not null,
    changed_at  timestamptz  not null default now(),
    changed_by  varchar(200) not null
);
