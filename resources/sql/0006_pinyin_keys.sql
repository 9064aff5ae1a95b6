-- Schema 6 (issue 18): the household list sorts heads in pinyin order, by a key kept
-- with the name, computed on write and indexed (not a collation at query time).
-- relief_name_key(text) is the ICU "zh" collation key as hex (storage/name_key.h),
-- registered by Database::open on every connection; this file needs nothing else.

ALTER TABLE households ADD COLUMN head_name_key TEXT NOT NULL DEFAULT '';

-- Existing households.
UPDATE households SET head_name_key = relief_name_key(head_name) WHERE head_name <> '';

-- The head's name is written by the membership and person triggers of schemas 3 and 4
-- (and a household may be inserted with one): the key follows it.
CREATE TRIGGER households_head_name_key_insert AFTER INSERT ON households
WHEN NEW.head_name <> ''
BEGIN
    UPDATE households SET head_name_key = relief_name_key(NEW.head_name) WHERE id = NEW.id;
END;

CREATE TRIGGER households_head_name_key_update AFTER UPDATE OF head_name ON households
BEGIN
    UPDATE households SET head_name_key = relief_name_key(NEW.head_name) WHERE id = NEW.id;
END;

-- The sort (with the household number, as every sort of the list) replaces the
-- code-point one.
DROP INDEX households_head_name;
CREATE INDEX households_head_name_key ON households(head_name_key, household_no);

-- The collator version the keys were made with: Database::open re-keys when ICU's
-- Chinese collation changes (an operating-system upgrade).
CREATE TABLE name_key_version(
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version TEXT NOT NULL
);
INSERT INTO name_key_version(id, version) VALUES (1, relief_name_key_version());
