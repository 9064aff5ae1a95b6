-- Re-verification visits (复核走访, issue 13, data-formats §7, policy-rules RV-1/RV-2): the
-- visits of households and persons in care, entered one by one or imported from paper
-- (`import visits`). Visits are records: never changed or deleted.

CREATE TABLE review_visits (
    id             INTEGER PRIMARY KEY,
    household_id   INTEGER NOT NULL REFERENCES households(id),
    person_id      INTEGER REFERENCES persons(id),   -- a personal case's person; NULL: the household's cases
    visit_date     TEXT NOT NULL,                    -- YYYY-MM-DD
    staff          TEXT NOT NULL CHECK (json_valid(staff)),   -- JSON list of names as written
    staff_count    INTEGER NOT NULL CHECK (staff_count >= 0),
    method         TEXT NOT NULL CHECK (method IN ('home', 'neighbour', 'letter', 'data_check')),
    seen_in_person INTEGER NOT NULL CHECK (seen_in_person IN (0, 1)),
    staff_signed   INTEGER NOT NULL CHECK (staff_signed IN (0, 1)),
    family_signed  INTEGER NOT NULL CHECK (family_signed IN (0, 1)),
    purpose        TEXT NOT NULL CHECK (purpose IN ('review', 'application', 'follow_up')),
    note           TEXT NOT NULL DEFAULT '',
    -- RV-2: home, two or more staff, seen in person, both signatures (kept with the row so
    -- coverage and the due list are one indexed read)
    qualifies      INTEGER NOT NULL CHECK (qualifies IN (0, 1)),
    source         TEXT NOT NULL CHECK (source IN ('import', 'entry')),
    file_name      TEXT NOT NULL DEFAULT '',
    recorded_by    TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    CHECK (qualifies = (method = 'home' AND staff_count >= 2 AND seen_in_person = 1
                        AND staff_signed = 1 AND family_signed = 1))
);
CREATE INDEX review_visits_household ON review_visits(household_id, visit_date);
-- The last RV-2 visit of a household's cases and of a person's (coverage, due list): one
-- covering seek each.
CREATE INDEX review_visits_qualifying_household ON review_visits(household_id, visit_date)
    WHERE qualifies = 1 AND person_id IS NULL;
CREATE INDEX review_visits_qualifying_person ON review_visits(person_id, visit_date)
    WHERE qualifies = 1 AND person_id IS NOT NULL;
-- The cases an application created, looked up by case (its investigation visits count).
CREATE INDEX application_cases_case ON application_cases(case_id);

CREATE TRIGGER review_visits_no_update BEFORE UPDATE ON review_visits
BEGIN
    SELECT RAISE(ABORT, 'visits are never changed');
END;
CREATE TRIGGER review_visits_no_delete BEFORE DELETE ON review_visits
BEGIN
    SELECT RAISE(ABORT, 'visits are never deleted');
END;
