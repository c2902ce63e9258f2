-- Misspellings are corrected against the words of the agency's titles rather than looked for in every title:
-- a trigram match over 10,000 titles took about 50 ms, one over their few thousand distinct phrases takes about
-- one. A phrase is one to four neighbouring words of a title, joined as Thai is written (งบ + ประมาณ:
-- งบประมาณ), so that a misspelt compound meets its right spelling. Filled with the index (rebuilt at the next
-- start: the index is emptied here).
create table search_phrase (
    agency_id uuid        not null references agency (id),
    phrase    varchar(80) not null,
    primary key (agency_id, phrase)
);
create index search_phrase_trigrams on search_phrase using gin (phrase gin_trgm_ops);
drop index search_entry_title;
delete from search_entry;
-- Results are read newest first: an index in that order lets a common word's first page come from the first
-- rows instead of sorting every row that has it.
create index search_entry_newest on search_entry (agency_id, updated_at desc nulls last, year desc nulls last, title);
create index search_entry_title_lexemes on search_entry using gin (title_lexemes);
-- Each agency's index generation, moved on by every change of its entries: results kept by any instance are
-- kept under the generation they were found in, so a change indexed by one instance is seen by all at once.
create table search_state (
    agency_id  uuid   not null references agency (id) primary key,
    generation bigint not null
);
