-- Schema 4: the household list's programme and status filters as columns of
-- households, kept by triggers on cases (like cases.status is kept by the
-- decisions trigger), so that a filter matching half the file is an index scan
-- or a check of the row already read, never a probe of 50,000 case rows; and
-- indexes that end in household_no so that every sort of the list is an index
-- walk (keyset paging, docs/architecture.md "Registry").

-- The bit of each programme in the masks below: 1 << its position in
-- CaseProgramme (src/domain/registry_types.h, kProgrammeKeys). A programme added
-- later adds its row here (tests/storage/registry_repository_test.cpp checks the
-- table against the C++ list).
CREATE TABLE programme_bits (
    programme TEXT PRIMARY KEY,
    bit       INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO programme_bits(programme, bit) VALUES
    ('dibao', 1), ('single_person', 2), ('tekun', 4), ('child_allowance', 8),
    ('disability_living', 16), ('disability_care', 32), ('marginal', 64);

-- active_programmes: the programmes with an active case; case_programmes: the
-- programmes with any case; status: 'in_care' (an active case), 'stopped'
-- (cases, none active) or 'none'. (The CHECK is written with OR, not IN: SQLite
-- builds a temporary table for a constant IN list of three or more values every
-- time an INSERT or UPDATE checks it — docs/performance.md.)
ALTER TABLE households ADD COLUMN active_programmes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE households ADD COLUMN case_programmes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE households ADD COLUMN status TEXT NOT NULL DEFAULT 'none'
    CHECK (status = 'in_care' OR status = 'stopped' OR status = 'none');

UPDATE households SET
    active_programmes = (SELECT coalesce(sum(DISTINCT b.bit), 0)
                         FROM cases c JOIN programme_bits b ON b.programme = c.programme
                         WHERE c.household_id = households.id AND c.status = 'active'),
    case_programmes = (SELECT coalesce(sum(DISTINCT b.bit), 0)
                       FROM cases c JOIN programme_bits b ON b.programme = c.programme
                       WHERE c.household_id = households.id),
    status = CASE WHEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id
                                                       AND c.status = 'active') THEN 'in_care'
                  WHEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id)
                       THEN 'stopped'
                  ELSE 'none' END;

-- A new case can only add bits: no need to look at the household's other cases.
CREATE TRIGGER cases_summary_insert AFTER INSERT ON cases
BEGIN
    UPDATE households SET
        case_programmes = case_programmes |
            (SELECT bit FROM programme_bits WHERE programme = NEW.programme),
        active_programmes = active_programmes |
            CASE WHEN NEW.status = 'active'
                 THEN (SELECT bit FROM programme_bits WHERE programme = NEW.programme)
                 ELSE 0 END,
        status = CASE WHEN NEW.status = 'active' OR status = 'in_care' THEN 'in_care'
                      ELSE 'stopped' END
    WHERE id = NEW.household_id;
END;

-- A real change (the decisions trigger rewrites cases.status after every
-- decision, mostly with the same value): recompute the household(s) concerned.
CREATE TRIGGER cases_summary_update AFTER UPDATE OF household_id, programme, status ON cases
WHEN OLD.household_id IS NOT NEW.household_id OR OLD.programme IS NOT NEW.programme
  OR OLD.status IS NOT NEW.status
BEGIN
    UPDATE households SET
        active_programmes = (SELECT coalesce(sum(DISTINCT b.bit), 0)
                             FROM cases c JOIN programme_bits b ON b.programme = c.programme
                             WHERE c.household_id = households.id AND c.status = 'active'),
        case_programmes = (SELECT coalesce(sum(DISTINCT b.bit), 0)
                           FROM cases c JOIN programme_bits b ON b.programme = c.programme
                           WHERE c.household_id = households.id),
        status = CASE WHEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id
                                                           AND c.status = 'active') THEN 'in_care'
                      WHEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id)
                           THEN 'stopped'
                      ELSE 'none' END
    WHERE id IN (OLD.household_id, NEW.household_id);
END;

-- Cases are not deleted by the program; should one be, the summary follows.
CREATE TRIGGER cases_summary_delete AFTER DELETE ON cases
BEGIN
    UPDATE households SET
        active_programmes = (SELECT coalesce(sum(DISTINCT b.bit), 0)
                             FROM cases c JOIN programme_bits b ON b.programme = c.programme
                             WHERE c.household_id = households.id AND c.status = 'active'),
        case_programmes = (SELECT coalesce(sum(DISTINCT b.bit), 0)
                           FROM cases c JOIN programme_bits b ON b.programme = c.programme
                           WHERE c.household_id = households.id),
        status = CASE WHEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id
                                                           AND c.status = 'active') THEN 'in_care'
                      WHEN EXISTS (SELECT 1 FROM cases c WHERE c.household_id = households.id)
                           THEN 'stopped'
                      ELSE 'none' END
    WHERE id = OLD.household_id;
END;

-- Schema 3's membership insert trigger rewrote the household row twice for every
-- member (count, then head and head name). A new member now costs one update of
-- the count; only a new active head also sets the head and its name (the same
-- result: at most one active head per household, memberships_one_head).
DROP TRIGGER memberships_summary_insert;
CREATE TRIGGER memberships_summary_insert AFTER INSERT ON memberships
WHEN NEW.left_on IS NULL
BEGIN
    UPDATE households SET
        member_count = (SELECT count(*) FROM memberships
                        WHERE household_id = NEW.household_id AND left_on IS NULL)
    WHERE id = NEW.household_id;
END;
CREATE TRIGGER memberships_head_insert AFTER INSERT ON memberships
WHEN NEW.left_on IS NULL AND NEW.relation = 'head'
BEGIN
    UPDATE households SET
        head_person_id = NEW.person_id,
        head_name = (SELECT name FROM persons WHERE id = NEW.person_id)
    WHERE id = NEW.household_id;
END;

-- Status filters (a range on status) and every count of a programme filter (a
-- scan of this small covering index instead of the table).
CREATE INDEX households_summary ON households(status, active_programmes, case_programmes);

-- Each sort of the list is (column, household_no), and a page after a given row
-- starts at that row's key: the index must hold the whole key.
DROP INDEX households_head_name;
CREATE INDEX households_head_name ON households(head_name, household_no);
DROP INDEX households_address;
CREATE INDEX households_address ON households(address, household_no);
CREATE INDEX households_member_count ON households(member_count, household_no);
