-- One public site search over every kind of public document, kept from the modules' own data (rebuilt per
-- agency when its public content changes). `words` holds the title and the text split into words (Thai split
-- by ICU), which trigram matching searches, misspellings included; pg_trgm is a trusted extension, which the
-- database's owner may create.
create extension if not exists pg_trgm;

create table search_entry (
    agency_id  uuid         not null references agency (id),
    kind       varchar(20)  not null,
    key        varchar(200) not null,
    code       varchar(10),
    year       int,
    title      text         not null,
    body       text         not null,
    url        varchar(500) not null,
    updated_at timestamptz,
    words      text         not null,
    primary key (agency_id, kind, key)
);
create index search_entry_words on search_entry using gin (words gin_trgm_ops);
-- Misspellings are looked for in titles, which name what people look for.
create index search_entry_title on search_entry using gin (lower(title) gin_trgm_ops);
create index search_entry_code on search_entry (agency_id, code) where code is not null;
