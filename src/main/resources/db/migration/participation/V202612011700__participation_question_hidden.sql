-- Staff hide what is spam or abuse rather than delete it: the row stays, out of every list and count but the
-- "hidden" one, and who hid it and when is kept.
alter table participation_question
    add column hidden_at timestamptz,
    add column hidden_by varchar(200);
