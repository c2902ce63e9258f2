-- Results come newest first, those with the words in their title before the rest: walking the agency's
-- documents by date finds a page of a common word's twenty newest in a few rows, instead of sorting thousands.
create index search_entry_recent on search_entry (agency_id, updated_at desc nulls last);
create index search_entry_title_lexemes on search_entry using gin (title_lexemes);
