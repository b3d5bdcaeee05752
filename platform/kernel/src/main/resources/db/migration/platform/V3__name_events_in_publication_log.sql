-- The publication log named each event by its Java class (com.yumroad.catalog.ProductPublished); it now stores the
-- event's stable name (@EventName: catalog.product-published), so a class can be renamed or moved without stranding
-- pending publications. Every module's event follows one rule: <module>.<kebab-case simple name>.
update event_publication
set event_type = substring(event_type from '^com\.yumroad\.([a-z]+)\.')
                 || '.' || lower(regexp_replace(substring(event_type from '\.([A-Za-z0-9]+)$'), '([a-z0-9])([A-Z])', '\1-\2', 'g'))
where event_type ~ '^com\.yumroad\.[a-z]+(\.[a-z]+)*\.[A-Z][A-Za-z0-9]*$';
