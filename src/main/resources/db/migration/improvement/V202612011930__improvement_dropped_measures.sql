-- A measure with progress is never deleted by an edit of the plan: it is dropped, with a reason (dropped_reason),
-- and what was tracked against it stays. When and by whom is kept too. A row removed from the plan that still
-- holds dropped measures is kept, hidden, so their record keeps its place.
alter table improvement_measure add column dropped_at timestamptz;
alter table improvement_measure add column dropped_by varchar(200);
alter table improvement_row add column removed_at timestamptz;
