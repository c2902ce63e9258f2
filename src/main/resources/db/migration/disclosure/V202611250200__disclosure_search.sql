-- Thai has no spaces between words: the words are found by ICU4J when evidence is saved and stored here,
-- one space apart, so that PostgreSQL's plain ('simple') full-text search can match them.
alter table disclosure_evidence add column search_words tsvector;
create index disclosure_evidence_search on disclosure_evidence using gin (search_words);
