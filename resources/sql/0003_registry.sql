-- Schema 3: the household registry (家庭档案), cases and decisions (policy-rules
-- §3, §4, §10 PR-1). Money in fen, dates YYYY-MM-DD, months YYYY-MM. Nothing
-- here is deleted: memberships keep their history, decisions are never changed.
-- Sized for 100,000 households and 250,000 persons: every search and filter of
-- the household list has an index (docs/architecture.md, "Registry").

-- Kept by the administrator. `code` prefixes the household numbers generated in
-- the community (code + 5-digit sequence: XF00012).
CREATE TABLE communities (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name       TEXT NOT NULL UNIQUE,
    next_seq   INTEGER NOT NULL DEFAULT 1,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

-- Care homes and welfare institutions, paid instead of the household for the
-- people supported there (PR-4).
CREATE TABLE institutions (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('care_home', 'welfare_institution')),
    address        TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    bank_name      TEXT NOT NULL DEFAULT '',
    bank_account   TEXT NOT NULL DEFAULT '',   -- Luhn-checked by the service
    account_holder TEXT NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL
);

CREATE TABLE households (
    id               INTEGER PRIMARY KEY,
    household_no     TEXT NOT NULL UNIQUE,
    community_id     INTEGER NOT NULL REFERENCES communities(id),
    address          TEXT NOT NULL DEFAULT '',
    area             TEXT NOT NULL CHECK (area IN ('urban', 'rural')),
    phone            TEXT NOT NULL DEFAULT '',
    bank_name        TEXT NOT NULL DEFAULT '',
    bank_account     TEXT NOT NULL DEFAULT '',
    account_holder   TEXT NOT NULL DEFAULT '',
    financial_assets INTEGER NOT NULL DEFAULT 0 CHECK (financial_assets >= 0),   -- fen
    homes            INTEGER NOT NULL DEFAULT 0 CHECK (homes >= 0),
    business_capital INTEGER NOT NULL DEFAULT 0 CHECK (business_capital >= 0),   -- fen
    last_review_date TEXT,
    is_demo          INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    -- Kept by the membership triggers below, for the list's sort and display:
    -- the active head (the last one while the household has none) and the
    -- number of active members.
    head_person_id   INTEGER REFERENCES persons(id),
    head_name        TEXT NOT NULL DEFAULT '',
    member_count     INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX households_community ON households(community_id, household_no);
CREATE INDEX households_head_name ON households(head_name);
CREATE INDEX households_address ON households(address);
CREATE INDEX households_updated ON households(updated_at);

CREATE TABLE vehicles (
    id           INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    value        INTEGER NOT NULL CHECK (value >= 0),   -- fen
    exempt       INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    description  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vehicles_household ON vehicles(household_id);

-- One row per person, whatever household they are in. id_reversed is the ID
-- number backwards, so that "the last digits" is an indexed prefix search.
-- self_care_items: bit i set = daily-living item i cannot be done (eating,
-- dressing, bed transfer, toileting, walking indoors, bathing); NULL when only
-- the count is known (ledger import). self_care_unmet is the count the rules use.
CREATE TABLE persons (
    id                     INTEGER PRIMARY KEY,
    id_number              TEXT UNIQUE,            -- 18 characters, X upper case; NULL: none yet
    id_reversed            TEXT,
    name                   TEXT NOT NULL,
    phone                  TEXT NOT NULL DEFAULT '',
    birth_date             TEXT NOT NULL,          -- from the ID number when there is one
    sex                    TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    disability_kind        TEXT CHECK (disability_kind IN ('physical', 'intellectual', 'mental',
                                       'visual', 'hearing', 'speech', 'multiple')),
    disability_grade       INTEGER CHECK (disability_grade BETWEEN 1 AND 4),
    disability_certificate TEXT NOT NULL DEFAULT '',
    serious_illness        INTEGER NOT NULL DEFAULT 0 CHECK (serious_illness IN (0, 1)),
    in_school              INTEGER NOT NULL DEFAULT 0 CHECK (in_school IN (0, 1)),
    self_care_items        INTEGER CHECK (self_care_items BETWEEN 0 AND 63),
    self_care_unmet        INTEGER NOT NULL DEFAULT 0 CHECK (self_care_unmet BETWEEN 0 AND 6),
    child_status           TEXT CHECK (child_status IN ('orphan_institutional', 'orphan_home',
                                                        'unsupported')),
    institution_id         INTEGER REFERENCES institutions(id),
    deceased_on            TEXT,
    is_demo                INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    CHECK ((disability_kind IS NULL) = (disability_grade IS NULL)),
    CHECK ((id_number IS NULL) = (id_reversed IS NULL))
);
CREATE INDEX persons_name ON persons(name);
CREATE INDEX persons_id_reversed ON persons(id_reversed);

-- A person's place in a household, with its history: leaving ends the row
-- (left_on, left_reason), joining another household adds one. Never deleted.
CREATE TABLE memberships (
    id                 INTEGER PRIMARY KEY,
    household_id       INTEGER NOT NULL REFERENCES households(id),
    person_id          INTEGER NOT NULL REFERENCES persons(id),
    relation           TEXT NOT NULL CHECK (relation IN ('head', 'spouse', 'child', 'parent',
                                           'grandchild', 'grandparent', 'sibling', 'other')),
    counted            INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),
    not_counted_reason TEXT CHECK (not_counted_reason IN ('clergy', 'prison', 'rehab',
                                                          'missing', 'other')),
    joined_on          TEXT,
    left_on            TEXT,
    left_reason        TEXT CHECK (left_reason IN ('moved_out', 'died', 'other')),
    left_note          TEXT NOT NULL DEFAULT '',
    CHECK ((left_on IS NULL) = (left_reason IS NULL)),
    CHECK (counted = 1 OR not_counted_reason IS NOT NULL)
);
-- A person is an active member of one household only; a household has one active head.
CREATE UNIQUE INDEX memberships_one_active ON memberships(person_id) WHERE left_on IS NULL;
CREATE UNIQUE INDEX memberships_one_head ON memberships(household_id)
    WHERE left_on IS NULL AND relation = 'head';
CREATE INDEX memberships_household ON memberships(household_id, left_on);

CREATE TRIGGER memberships_no_delete BEFORE DELETE ON memberships
BEGIN
    SELECT RAISE(ABORT, 'membership history is never deleted');
END;

CREATE TRIGGER memberships_summary_insert AFTER INSERT ON memberships
BEGIN
    UPDATE households SET
        member_count = (SELECT count(*) FROM memberships
                        WHERE household_id = NEW.household_id AND left_on IS NULL),
        head_person_id = coalesce((SELECT person_id FROM memberships
                                   WHERE household_id = NEW.household_id AND left_on IS NULL
                                     AND relation = 'head'), head_person_id)
    WHERE id = NEW.household_id;
    UPDATE households SET head_name = (SELECT name FROM persons WHERE id = head_person_id)
    WHERE id = NEW.household_id AND head_person_id IS NOT NULL;
END;

CREATE TRIGGER memberships_summary_update AFTER UPDATE OF relation, left_on ON memberships
BEGIN
    UPDATE households SET
        member_count = (SELECT count(*) FROM memberships
                        WHERE household_id = NEW.household_id AND left_on IS NULL),
        head_person_id = coalesce((SELECT person_id FROM memberships
                                   WHERE household_id = NEW.household_id AND left_on IS NULL
                                     AND relation = 'head'), head_person_id)
    WHERE id = NEW.household_id;
    UPDATE households SET head_name = (SELECT name FROM persons WHERE id = head_person_id)
    WHERE id = NEW.household_id AND head_person_id IS NOT NULL;
END;

CREATE TRIGGER persons_head_name AFTER UPDATE OF name ON persons
BEGIN
    UPDATE households SET head_name = NEW.name WHERE head_person_id = NEW.id;
END;

-- IN-1 income items of a person: `monthly` is what the rules use; a yearly
-- figure is kept as entered and divided by 12 (half-up to the fen).
CREATE TABLE incomes (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES persons(id),
    kind           TEXT NOT NULL CHECK (kind IN ('wage', 'business', 'property', 'pension',
                   'support', 'other', 'basic_pension', 'veteran', 'family_planning', 'award',
                   'assistance', 'disability_subsidy', 'elderly_allowance')),
    monthly        INTEGER NOT NULL CHECK (monthly >= 0),          -- fen
    entered_as     TEXT NOT NULL DEFAULT 'monthly' CHECK (entered_as IN ('monthly', 'yearly')),
    entered_amount INTEGER NOT NULL CHECK (entered_amount >= 0),   -- fen, as entered
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incomes_person ON incomes(person_id);

-- Listed obligors (法定义务人) outside the household, per member (TK-4).
CREATE TABLE obligors (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES persons(id),
    name             TEXT NOT NULL DEFAULT '',
    relation         TEXT NOT NULL DEFAULT '',
    id_number        TEXT,
    birth_date       TEXT NOT NULL,
    is_tekun         INTEGER NOT NULL DEFAULT 0 CHECK (is_tekun IN (0, 1)),
    is_dibao         INTEGER NOT NULL DEFAULT 0 CHECK (is_dibao IN (0, 1)),
    disability_kind  TEXT CHECK (disability_kind IN ('physical', 'intellectual', 'mental',
                                 'visual', 'hearing', 'speech', 'multiple')),
    disability_grade INTEGER CHECK (disability_grade BETWEEN 1 AND 4),
    income_monthly   INTEGER NOT NULL DEFAULT 0 CHECK (income_monthly >= 0),   -- fen
    status           TEXT NOT NULL DEFAULT 'normal' CHECK (status IN ('normal', 'incapacitated',
                                                                     'missing', 'imprisoned')),
    assets_ok        INTEGER NOT NULL DEFAULT 0 CHECK (assets_ok IN (0, 1)),
    phone            TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    CHECK ((disability_kind IS NULL) = (disability_grade IS NULL))
);
CREATE INDEX obligors_person ON obligors(person_id);

-- PR-1: one programme for one household (dibao, and 'marginal' — 低保边缘 recorded
-- from a ledger, amount usually 0, never paid by payroll) or one person.
-- status and current_amount are a cache of the latest decision (by effective
-- month, decision date, id), kept by the decisions trigger for the list filters.
CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    household_id   INTEGER NOT NULL REFERENCES households(id),
    person_id      INTEGER REFERENCES persons(id),
    programme      TEXT NOT NULL CHECK (programme IN ('dibao', 'single_person', 'tekun',
                   'child_allowance', 'disability_living', 'disability_care', 'marginal')),
    source         TEXT NOT NULL CHECK (source IN ('ledger', 'application')),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped')),
    current_amount INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    CHECK ((programme IN ('dibao', 'marginal')) = (person_id IS NULL))
);
CREATE INDEX cases_household ON cases(household_id, status);
CREATE INDEX cases_programme ON cases(programme, status, household_id);
CREATE INDEX cases_person ON cases(person_id);

-- The history of a case (PR-1). Rows only: never updated or deleted.
CREATE TABLE decisions (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    kind            TEXT NOT NULL CHECK (kind IN ('grant', 'increase', 'decrease', 'maintain',
                    'standard_change', 'gradual_exit', 'stop')),
    effective_month TEXT NOT NULL,              -- YYYY-MM
    amount          INTEGER NOT NULL CHECK (amount >= 0),   -- fen a month; 0 for stop
    persons         TEXT NOT NULL DEFAULT '[]', -- JSON array of person ids covered
    person_count    INTEGER NOT NULL DEFAULT 0,
    decided_on      TEXT NOT NULL,
    decided_by_id   INTEGER REFERENCES users(id),
    decided_by      TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    inputs          TEXT NOT NULL DEFAULT '{}', -- JSON: the facts judged
    explanation     TEXT NOT NULL DEFAULT '{}', -- JSON: the rules' reasons
    created_at      TEXT NOT NULL,
    CHECK (kind <> 'stop' OR amount = 0)
);
CREATE INDEX decisions_case ON decisions(case_id, effective_month, decided_on);

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are never changed: record a new decision');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are never deleted');
END;

CREATE TRIGGER decisions_current AFTER INSERT ON decisions
BEGIN
    UPDATE cases SET
        status = (SELECT CASE kind WHEN 'stop' THEN 'stopped' ELSE 'active' END
                  FROM decisions WHERE case_id = NEW.case_id
                  ORDER BY effective_month DESC, decided_on DESC, id DESC LIMIT 1),
        current_amount = (SELECT amount FROM decisions WHERE case_id = NEW.case_id
                          ORDER BY effective_month DESC, decided_on DESC, id DESC LIMIT 1)
    WHERE id = NEW.case_id;
END;
