-- When a case's sealed content was destroyed (its data key dropped) at the end of its retention period.
alter table complaint_case add column destroyed_on date;
