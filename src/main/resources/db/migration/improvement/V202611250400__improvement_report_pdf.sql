-- The report as the executive acknowledged it, kept unchanged and published as evidence.
alter table improvement_report_ack add column pdf_sha256 varchar(64);
