-- Words are matched as words: the text's ICU words (Thai split by its dictionary) as a tsvector with its GIN
-- index answer in about a millisecond where a trigram LIKE over long Thai text took tens (bench/search.sh).
-- Trigrams stay for misspellings, in titles. The index is rebuilt at the next start (emptied here).
delete from search_entry;
drop index search_entry_words;
alter table search_entry drop column words;
alter table search_entry add column lexemes tsvector not null;
alter table search_entry add column title_lexemes tsvector not null;
create index search_entry_lexemes on search_entry using gin (lexemes);
