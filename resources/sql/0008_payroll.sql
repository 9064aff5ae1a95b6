-- The monthly payroll (issue 11, policy-rules §10, data-formats §6; docs/payroll.md §2):
-- price indices, the month's roll and its lines, holds, recoveries (追缴) and their
-- receipts. Money is INTEGER fen, months YYYY-MM, times UTC ISO 8601.

-- A gradual_exit decision records its last paid month (DA-2's lastPaidMonth), so PR-2 is
-- a column comparison in SQL and a later, back-dated parameter set cannot move it. Rows
-- without it (none are recorded before this version) are resolved by the service from
-- the parameter sets (payroll::gradualExitMonthsFor).
ALTER TABLE decisions ADD COLUMN last_paid_month TEXT
    CHECK (last_paid_month IS NULL OR kind = 'gradual_exit');
-- PR-6: the decisions recorded after a roll was generated (back-pay candidates).
CREATE INDEX decisions_created ON decisions(created_at);

CREATE TABLE price_indices (                 -- entered by a supervisor (prices set)
    month      TEXT PRIMARY KEY,             -- YYYY-MM
    cpi_yoy    TEXT NOT NULL,                -- decimal text as entered ("3.6")
    food_yoy   TEXT NOT NULL,
    entered_at TEXT NOT NULL,
    entered_by TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE payroll_rolls (
    id              INTEGER PRIMARY KEY,
    month           TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'locked',
                    'reconciled')),
    generated_at    TEXT NOT NULL,
    generated_by_id INTEGER NOT NULL REFERENCES users(id),
    submitted_at    TEXT,
    submitted_by_id INTEGER REFERENCES users(id),
    approved_at     TEXT,
    approved_by_id  INTEGER REFERENCES users(id),
    locked_at       TEXT,
    locked_by_id    INTEGER REFERENCES users(id),
    reconciled_at   TEXT,
    price_triggered INTEGER NOT NULL DEFAULT 0 CHECK (price_triggered IN (0, 1)),
    -- written at lock: the totals and the audit chain's head (issue 11 §2)
    total_lines     INTEGER,
    total_amount    INTEGER,
    audit_head_id   INTEGER,
    audit_head_hash TEXT,
    CHECK (state NOT IN ('approved', 'locked', 'reconciled')
           OR (approved_by_id IS NOT NULL AND approved_by_id IS NOT submitted_by_id)),
    CHECK (state NOT IN ('locked', 'reconciled')
           OR (total_lines IS NOT NULL AND audit_head_hash IS NOT NULL))
);

-- Locked (and reconciled) rolls are immutable: the one change left is locked → reconciled.
CREATE TRIGGER payroll_rolls_locked BEFORE UPDATE ON payroll_rolls
WHEN OLD.state IN ('locked', 'reconciled')
 AND NOT (OLD.state = 'locked' AND NEW.state = 'reconciled'
          AND NEW.id = OLD.id AND NEW.month = OLD.month
          AND NEW.generated_at IS OLD.generated_at AND NEW.generated_by_id IS OLD.generated_by_id
          AND NEW.submitted_at IS OLD.submitted_at AND NEW.submitted_by_id IS OLD.submitted_by_id
          AND NEW.approved_at IS OLD.approved_at AND NEW.approved_by_id IS OLD.approved_by_id
          AND NEW.locked_at IS OLD.locked_at AND NEW.locked_by_id IS OLD.locked_by_id
          AND NEW.price_triggered IS OLD.price_triggered
          AND NEW.total_lines IS OLD.total_lines AND NEW.total_amount IS OLD.total_amount
          AND NEW.audit_head_id IS OLD.audit_head_id
          AND NEW.audit_head_hash IS OLD.audit_head_hash)
BEGIN
    SELECT RAISE(ABORT, 'a locked roll is never changed');
END;
CREATE TRIGGER payroll_rolls_no_delete BEFORE DELETE ON payroll_rolls
WHEN OLD.state <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only a draft roll may be deleted');
END;

-- PR-5 holds belong to the month's draft (matched again to the lines on regeneration by
-- case, programme, kind and for_month). line_id and amount are frozen at lock: the line
-- still held when its roll was locked, which a later release reissues once.
CREATE TABLE roll_holds (
    id          INTEGER PRIMARY KEY,
    month       TEXT NOT NULL,                -- the roll's month
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    programme   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    for_month   TEXT,
    reason      TEXT NOT NULL CHECK (reason <> ''),
    held_at     TEXT NOT NULL,
    held_by     TEXT NOT NULL,
    released_at TEXT,
    released_by TEXT,
    line_id     INTEGER,                      -- roll_lines(id), set at lock
    amount      INTEGER                       -- frozen at lock: what the reissue pays
);
CREATE INDEX roll_holds_month ON roll_holds(month, case_id);
CREATE INDEX roll_holds_released ON roll_holds(released_at) WHERE released_at IS NOT NULL;

CREATE TABLE roll_lines (
    id              INTEGER PRIMARY KEY,
    roll_id         INTEGER NOT NULL REFERENCES payroll_rolls(id),
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    household_id    INTEGER NOT NULL REFERENCES households(id),
    person_id       INTEGER REFERENCES persons(id),
    community_id    INTEGER NOT NULL REFERENCES communities(id),
    programme       TEXT NOT NULL CHECK (programme IN ('dibao', 'single_person', 'tekun',
                    'child_allowance', 'disability_living', 'disability_care', 'price_subsidy')),
    kind            TEXT NOT NULL CHECK (kind IN ('regular', 'back_pay', 'reissue')),
    for_month       TEXT,                     -- back_pay / reissue
    reissue_of_hold INTEGER REFERENCES roll_holds(id),
    reissue_of_line INTEGER REFERENCES roll_lines(id),   -- a failed line (PR-7)
    amount          INTEGER NOT NULL CHECK (amount > 0 AND amount <= 99999999999999),
    persons         INTEGER NOT NULL DEFAULT 0,
    memo            TEXT NOT NULL DEFAULT '',
    held            INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
    hold_reason     TEXT NOT NULL DEFAULT '',
    -- payee frozen at generation (PR-4): the household's or the institution's account
    payee_kind      TEXT NOT NULL CHECK (payee_kind IN ('household', 'institution')),
    institution_id  INTEGER REFERENCES institutions(id),
    payee_name      TEXT NOT NULL DEFAULT '',
    bank_name       TEXT NOT NULL DEFAULT '',
    bank_account    TEXT NOT NULL DEFAULT '',
    account_ok      INTEGER NOT NULL DEFAULT 0 CHECK (account_ok IN (0, 1)),   -- PR-4
    -- bank result (issue 12)
    payment         TEXT NOT NULL DEFAULT 'pending' CHECK (payment IN ('pending', 'paid',
                    'failed')),
    bank_reason     TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'regular') = (for_month IS NULL))
);
-- Few indexes: a roll's 100,000 lines are written in one statement (issue 11 §7). The
-- page's filters (community, programme, kind, held) run over the roll's rows in id order.
CREATE INDEX roll_lines_roll ON roll_lines(roll_id);                   -- pages by id
CREATE INDEX roll_lines_no_account ON roll_lines(roll_id)              -- PR-4 problems
    WHERE account_ok = 0 AND held = 0;
CREATE INDEX roll_lines_case ON roll_lines(case_id, for_month);         -- settled(m), history
CREATE INDEX roll_lines_back_pay ON roll_lines(case_id) WHERE kind = 'back_pay';   -- PR-6
CREATE INDEX roll_lines_failed ON roll_lines(payment) WHERE payment = 'failed';
CREATE UNIQUE INDEX roll_lines_reissue_hold ON roll_lines(reissue_of_hold)   -- PR-5: once
    WHERE reissue_of_hold IS NOT NULL;
CREATE UNIQUE INDEX roll_lines_reissue_line ON roll_lines(reissue_of_line)   -- PR-7: once
    WHERE reissue_of_line IS NOT NULL;

-- A draft's lines are replaced on regeneration; a roll past draft keeps its lines: no
-- insert, no delete, and no change but the bank result (payment, bank_reason).
CREATE TRIGGER roll_lines_insert_draft BEFORE INSERT ON roll_lines
WHEN (SELECT state FROM payroll_rolls WHERE id = NEW.roll_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'lines are added to a draft roll only');
END;
CREATE TRIGGER roll_lines_delete_draft BEFORE DELETE ON roll_lines
WHEN (SELECT state FROM payroll_rolls WHERE id = OLD.roll_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'lines of a roll past draft are never deleted');
END;
CREATE TRIGGER roll_lines_update_draft BEFORE UPDATE ON roll_lines
WHEN (SELECT state FROM payroll_rolls WHERE id = OLD.roll_id) IS NOT 'draft'
 AND (NEW.id IS NOT OLD.id OR NEW.roll_id IS NOT OLD.roll_id OR NEW.case_id IS NOT OLD.case_id
      OR NEW.household_id IS NOT OLD.household_id OR NEW.person_id IS NOT OLD.person_id
      OR NEW.community_id IS NOT OLD.community_id OR NEW.programme IS NOT OLD.programme
      OR NEW.kind IS NOT OLD.kind OR NEW.for_month IS NOT OLD.for_month
      OR NEW.reissue_of_hold IS NOT OLD.reissue_of_hold
      OR NEW.reissue_of_line IS NOT OLD.reissue_of_line OR NEW.amount IS NOT OLD.amount
      OR NEW.persons IS NOT OLD.persons OR NEW.memo IS NOT OLD.memo OR NEW.held IS NOT OLD.held
      OR NEW.hold_reason IS NOT OLD.hold_reason OR NEW.payee_kind IS NOT OLD.payee_kind
      OR NEW.institution_id IS NOT OLD.institution_id OR NEW.payee_name IS NOT OLD.payee_name
      OR NEW.bank_name IS NOT OLD.bank_name OR NEW.bank_account IS NOT OLD.bank_account
      OR NEW.account_ok IS NOT OLD.account_ok)
BEGIN
    SELECT RAISE(ABORT, 'lines of a roll past draft are never changed');
END;

-- Holds of a roll past draft: none added or deleted; a locked roll's hold may only be
-- released (released_at/released_by, once) — the one write PR-5 allows after lock; the
-- lock itself freezes line_id and amount while the roll is still approved.
CREATE TRIGGER roll_holds_insert_draft BEFORE INSERT ON roll_holds
WHEN (SELECT state FROM payroll_rolls WHERE month = NEW.month) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'lines are held in a draft roll only');
END;
CREATE TRIGGER roll_holds_no_delete BEFORE DELETE ON roll_holds
WHEN (SELECT state FROM payroll_rolls WHERE month = OLD.month) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'holds of a roll past draft are never deleted');
END;
CREATE TRIGGER roll_holds_update BEFORE UPDATE ON roll_holds
WHEN (SELECT state FROM payroll_rolls WHERE month = OLD.month) IS NOT 'draft'
 AND (NEW.id IS NOT OLD.id OR NEW.month IS NOT OLD.month OR NEW.case_id IS NOT OLD.case_id
      OR NEW.programme IS NOT OLD.programme OR NEW.kind IS NOT OLD.kind
      OR NEW.for_month IS NOT OLD.for_month OR NEW.reason IS NOT OLD.reason
      OR NEW.held_at IS NOT OLD.held_at OR NEW.held_by IS NOT OLD.held_by
      OR (OLD.released_at IS NOT NULL AND (NEW.released_at IS NOT OLD.released_at
                                           OR NEW.released_by IS NOT OLD.released_by))
      OR ((SELECT state FROM payroll_rolls WHERE month = OLD.month) IN ('locked', 'reconciled')
          AND (NEW.line_id IS NOT OLD.line_id OR NEW.amount IS NOT OLD.amount)))
BEGIN
    SELECT RAISE(ABORT, 'a hold of a roll past draft may only be released');
END;

-- The domain's problems of a draft (no_parameters, no_persons, hold_without_line,
-- reissue_not_locked); PR-4's no_valid_account comes from the lines (account_ok).
CREATE TABLE roll_problems (
    id      INTEGER PRIMARY KEY,
    roll_id INTEGER NOT NULL REFERENCES payroll_rolls(id),
    key     TEXT NOT NULL,
    case_id INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX roll_problems_roll ON roll_problems(roll_id);
CREATE TRIGGER roll_problems_draft_insert BEFORE INSERT ON roll_problems
WHEN (SELECT state FROM payroll_rolls WHERE id = NEW.roll_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'problems belong to a draft roll');
END;
CREATE TRIGGER roll_problems_draft_delete BEFORE DELETE ON roll_problems
WHEN (SELECT state FROM payroll_rolls WHERE id = OLD.roll_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'problems of a roll past draft are kept');
END;
CREATE TRIGGER roll_problems_no_update BEFORE UPDATE ON roll_problems
BEGIN
    SELECT RAISE(ABORT, 'problems are never changed');
END;

CREATE TABLE recoveries (                    -- 追缴 (PR-6, DA-6)
    id           INTEGER PRIMARY KEY,
    roll_id      INTEGER NOT NULL REFERENCES payroll_rolls(id),   -- the roll that found it
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    household_id INTEGER NOT NULL REFERENCES households(id),
    person_id    INTEGER REFERENCES persons(id),
    community_id INTEGER NOT NULL REFERENCES communities(id),
    programme    TEXT NOT NULL,
    month        TEXT NOT NULL,               -- the overpaid month
    amount       INTEGER NOT NULL CHECK (amount > 0),
    reason       TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'partly', 'collected',
                 'waived')),
    collected    INTEGER NOT NULL DEFAULT 0 CHECK (collected >= 0 AND collected <= amount),
    waive_reason TEXT NOT NULL DEFAULT '',
    waived_at    TEXT,
    waived_by    TEXT
);
CREATE INDEX recoveries_case ON recoveries(case_id, month);
CREATE INDEX recoveries_status ON recoveries(status, community_id);
CREATE INDEX recoveries_roll ON recoveries(roll_id);
CREATE TRIGGER recoveries_insert_draft BEFORE INSERT ON recoveries
WHEN (SELECT state FROM payroll_rolls WHERE id = NEW.roll_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'recoveries are found by a draft roll only');
END;
CREATE TRIGGER recoveries_delete_draft BEFORE DELETE ON recoveries
WHEN (SELECT state FROM payroll_rolls WHERE id = OLD.roll_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'recoveries of a roll past draft are never deleted');
END;
CREATE TRIGGER recoveries_update BEFORE UPDATE ON recoveries
WHEN NEW.id IS NOT OLD.id OR NEW.roll_id IS NOT OLD.roll_id OR NEW.case_id IS NOT OLD.case_id
  OR NEW.household_id IS NOT OLD.household_id OR NEW.person_id IS NOT OLD.person_id
  OR NEW.community_id IS NOT OLD.community_id OR NEW.programme IS NOT OLD.programme
  OR NEW.month IS NOT OLD.month OR NEW.amount IS NOT OLD.amount OR NEW.reason IS NOT OLD.reason
  OR NEW.collected < OLD.collected OR OLD.status IN ('collected', 'waived')
BEGIN
    SELECT RAISE(ABORT, 'a recovery changes only by receipts or a waiver');
END;

CREATE TABLE recovery_receipts (
    id          INTEGER PRIMARY KEY,
    recovery_id INTEGER NOT NULL REFERENCES recoveries(id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    received_on TEXT NOT NULL,
    receipt_no  TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX recovery_receipts_recovery ON recovery_receipts(recovery_id);
CREATE TRIGGER recovery_receipts_no_update BEFORE UPDATE ON recovery_receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are never changed');
END;
CREATE TRIGGER recovery_receipts_no_delete BEFORE DELETE ON recovery_receipts
BEGIN
    SELECT RAISE(ABORT, 'receipts are never deleted');
END;
