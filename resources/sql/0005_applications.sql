-- Schema 5: applications and their workflow (policy-rules §7–§8), home visits,
-- cross-department checks, and the street office's reserve fund (备用金).
--
-- An application's row holds its current state and the dates the §8 deadlines
-- count from; application_events is its history (append-only). What the
-- caseworker found is in home_visits and cross_checks; what was decided is the
-- cases and decisions of schema 3, linked through application_cases.

CREATE TABLE applications (
    id                       INTEGER PRIMARY KEY,
    application_no           TEXT NOT NULL UNIQUE,          -- SQ2025-00001
    household_id             INTEGER NOT NULL REFERENCES households(id),
    person_id                INTEGER REFERENCES persons(id), -- the person it is for, if one
    programme                TEXT NOT NULL CHECK (programme IN ('dibao', 'tekun',
                             'child_allowance', 'disability_subsidy', 'temporary_expenditure',
                             'temporary_emergency')),
    channel                  TEXT NOT NULL CHECK (channel IN ('window', 'community_point',
                             'online')),
    received_on              TEXT NOT NULL,
    requested_at             TEXT,                           -- emergency: local date-time
    reason                   TEXT NOT NULL DEFAULT '',       -- 申请事由
    state                    TEXT NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted',
                             'returned', 'accepted', 'investigating', 'street_reviewed',
                             'notice', 'pending_approval', 'approved', 'refused',
                             'withdrawn')),
    staff_related            INTEGER NOT NULL DEFAULT 0 CHECK (staff_related IN (0, 1)),
    staff_relation           TEXT NOT NULL DEFAULT '',       -- who, and how related
    extended                 INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
    extension_reason         TEXT NOT NULL DEFAULT '',
    -- Temporary assistance: what is asked for (TA-1, TA-2).
    temp_months              INTEGER NOT NULL DEFAULT 0 CHECK (temp_months >= 0),
    temp_expense             INTEGER NOT NULL DEFAULT 0 CHECK (temp_expense >= 0),
    temp_reimbursed          INTEGER NOT NULL DEFAULT 0 CHECK (temp_reimbursed >= 0),
    temp_other_aid           INTEGER NOT NULL DEFAULT 0 CHECK (temp_other_aid >= 0),
    temp_special             INTEGER NOT NULL DEFAULT 0 CHECK (temp_special IN (0, 1)),
    -- The dates §8 counts from.
    accepted_on              TEXT,
    investigation_started_on TEXT,
    reviewed_on              TEXT,
    notice_started_on        TEXT,
    pending_approval_on      TEXT,
    decided_on               TEXT,
    refusal_notice_issued_on TEXT,
    -- 街道审核: the caseworker's opinion against the rules' assessment.
    review_recommends        TEXT CHECK (review_recommends IN ('approve', 'refuse')),
    review_amount            INTEGER CHECK (review_amount >= 0),  -- fen (a month, or once)
    review_opinion           TEXT NOT NULL DEFAULT '',
    review_disagreement      TEXT NOT NULL DEFAULT '',       -- why, when against the rules
    review_assessment        TEXT NOT NULL DEFAULT '{}',     -- assess JSON at review
    -- 审批
    first_month              TEXT,                           -- DA-3, on approval
    approved_amount          INTEGER CHECK (approved_amount >= 0),
    decision_reasons         TEXT NOT NULL DEFAULT '',       -- refusal reasons, approval note
    prepaid_amount           INTEGER NOT NULL DEFAULT 0 CHECK (prepaid_amount >= 0), -- 先行救助
    withdraw_reason          TEXT NOT NULL DEFAULT '',
    entered_by_id            INTEGER NOT NULL REFERENCES users(id),
    decided_by_id            INTEGER REFERENCES users(id),
    is_demo                  INTEGER NOT NULL DEFAULT 0,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);
CREATE INDEX applications_state ON applications(state, programme);
CREATE INDEX applications_household ON applications(household_id);
CREATE INDEX applications_entered_by ON applications(entered_by_id, state);

-- The 受理 checklist: one row per required material, provided or not.
CREATE TABLE application_materials (
    application_id INTEGER NOT NULL REFERENCES applications(id),
    material       TEXT NOT NULL,
    provided       INTEGER NOT NULL CHECK (provided IN (0, 1)),
    PRIMARY KEY (application_id, material)
) WITHOUT ROWID;

-- Every step taken (§7), never changed: who, when, from which state to which,
-- and the step's details (missing materials of a return, an objection, reasons).
CREATE TABLE application_events (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    step           TEXT NOT NULL,
    from_state     TEXT NOT NULL,
    to_state       TEXT NOT NULL,
    on_date        TEXT NOT NULL,
    at             TEXT NOT NULL,
    user_id        INTEGER REFERENCES users(id),
    username       TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    details        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX application_events_application ON application_events(application_id, id);
CREATE TRIGGER application_events_no_update BEFORE UPDATE ON application_events
BEGIN
    SELECT RAISE(ABORT, 'application events are never changed');
END;
CREATE TRIGGER application_events_no_delete BEFORE DELETE ON application_events
BEGIN
    SELECT RAISE(ABORT, 'application events are never deleted');
END;

-- Home visits (入户调查), neighbour visits and letters. stage 'approval' is the
-- extra visit by an approver that a 近亲属 application needs (§7); its staff are
-- not investigators for the four-eyes rule.
CREATE TABLE home_visits (
    id                INTEGER PRIMARY KEY,
    application_id    INTEGER NOT NULL REFERENCES applications(id),
    stage             TEXT NOT NULL CHECK (stage IN ('investigation', 'approval')),
    kind              TEXT NOT NULL CHECK (kind IN ('home', 'neighbour', 'letter')),
    visited_on        TEXT NOT NULL,
    beneficiary_seen  INTEGER NOT NULL CHECK (beneficiary_seen IN (0, 1)),
    family_signed     INTEGER NOT NULL CHECK (family_signed IN (0, 1)),
    staff_signed      INTEGER NOT NULL CHECK (staff_signed IN (0, 1)),
    living_conditions TEXT NOT NULL DEFAULT '',
    health            TEXT NOT NULL DEFAULT '',
    employability     TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    recorded_by_id    INTEGER NOT NULL REFERENCES users(id),
    created_at        TEXT NOT NULL
);
CREATE INDEX home_visits_application ON home_visits(application_id, visited_on);

CREATE TABLE home_visit_staff (
    visit_id INTEGER NOT NULL REFERENCES home_visits(id),
    user_id  INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (visit_id, user_id)
) WITHOUT ROWID;
CREATE INDEX home_visit_staff_user ON home_visit_staff(user_id);

-- Cross-department check results (信息核对); a later result for the same
-- department is a new row (the latest counts), so nothing typed is lost.
CREATE TABLE cross_checks (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    department     TEXT NOT NULL CHECK (department IN ('police', 'hrss', 'tax', 'real_estate',
                   'market_regulation', 'housing_fund', 'vehicles', 'finance')),
    result         TEXT NOT NULL CHECK (result IN ('consistent', 'discrepancy')),
    note           TEXT NOT NULL DEFAULT '',
    checked_on     TEXT NOT NULL,
    recorded_by_id INTEGER NOT NULL REFERENCES users(id),
    created_at     TEXT NOT NULL,
    CHECK (result = 'consistent' OR note <> '')
);
CREATE INDEX cross_checks_application ON cross_checks(application_id, department, id);

-- The cases an approval created.
CREATE TABLE application_cases (
    application_id INTEGER NOT NULL REFERENCES applications(id),
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    PRIMARY KEY (application_id, case_id)
) WITHOUT ROWID;

-- 备用金: top-ups and payments, each row carrying the balance after it. The
-- insert trigger checks the running balance; the CHECK keeps it from ever going
-- below zero; rows are never changed or deleted.
CREATE TABLE reserve_fund (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('top_up', 'payment')),
    amount         INTEGER NOT NULL CHECK (amount > 0),
    balance_after  INTEGER NOT NULL CHECK (balance_after >= 0),
    on_date        TEXT NOT NULL,
    application_id INTEGER REFERENCES applications(id),
    payee          TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    user_id        INTEGER REFERENCES users(id),
    username       TEXT NOT NULL,
    at             TEXT NOT NULL,
    CHECK ((kind = 'payment') = (application_id IS NOT NULL))
);
CREATE INDEX reserve_fund_application ON reserve_fund(application_id);
CREATE TRIGGER reserve_fund_balance BEFORE INSERT ON reserve_fund
WHEN NEW.balance_after <> COALESCE((SELECT balance_after FROM reserve_fund
                                    ORDER BY id DESC LIMIT 1), 0)
                          + CASE NEW.kind WHEN 'top_up' THEN NEW.amount ELSE -NEW.amount END
BEGIN
    SELECT RAISE(ABORT, 'reserve fund balance does not follow from the previous row');
END;
CREATE TRIGGER reserve_fund_no_update BEFORE UPDATE ON reserve_fund
BEGIN
    SELECT RAISE(ABORT, 'reserve fund rows are never changed');
END;
CREATE TRIGGER reserve_fund_no_delete BEFORE DELETE ON reserve_fund
BEGIN
    SELECT RAISE(ABORT, 'reserve fund rows are never deleted');
END;
