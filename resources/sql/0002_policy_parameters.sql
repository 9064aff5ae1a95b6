-- Schema 2: versioned policy parameter sets (policy-rules §2). A set is never
-- edited in place: a change is a new set with its own effective_from.

CREATE TABLE policy_sets (
    id             INTEGER PRIMARY KEY,
    effective_from TEXT NOT NULL UNIQUE,  -- YYYY-MM-DD
    json           TEXT NOT NULL,         -- data-formats §1, as normalised by the domain
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL          -- user name, or 'system' for the shipped sets
);

CREATE TRIGGER policy_sets_no_update BEFORE UPDATE ON policy_sets
BEGIN
    SELECT RAISE(ABORT, 'policy sets are never edited in place');
END;
