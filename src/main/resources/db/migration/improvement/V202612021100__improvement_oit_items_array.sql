-- The OIT items a measure cites, as an array rather than one comma-joined text ("O11,O14"): a query can ask
-- which measures cite an item, and an item's code can no longer run into the next.
alter table improvement_measure
    alter column oit_items type text[]
    using case
        when oit_items is null or btrim(oit_items) = '' then null
        else array_remove(regexp_split_to_array(btrim(oit_items), '[,[:space:]]+'), '')
    end;
