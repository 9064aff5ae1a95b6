-- Schema 9: standard-change batches (提标, policy-rules DA-4). A new parameter set
-- opens a batch: every active case re-assessed with its facts at its last decision
-- and the new parameters; the batch keeps old and new amounts per case and, once a
-- supervisor who did not propose it approves it, the standard_change decisions it
-- recorded (PR-6 then back-pays locked months from them). Money is fen.

CREATE TABLE standard_change_batches (
    id             INTEGER PRIMARY KEY,
    policy_set_id  INTEGER NOT NULL REFERENCES policy_sets(id),
    effective_from TEXT NOT NULL,               -- the set's, YYYY-MM-DD (copied for reads)
    state          TEXT NOT NULL CHECK (state IN ('proposed', 'approved', 'discarded')),
    proposed_at    TEXT NOT NULL,
    proposed_by_id INTEGER NOT NULL REFERENCES users(id),
    proposed_by    TEXT NOT NULL,
    decided_at     TEXT,                        -- approved or discarded
    decided_by_id  INTEGER REFERENCES users(id),
    decided_by     TEXT,
    decided_note   TEXT NOT NULL DEFAULT '',
    CHECK ((state = 'proposed') = (decided_at IS NULL)),
    CHECK (state <> 'approved' OR decided_by_id IS NOT proposed_by_id)    -- four-eyes
);
CREATE INDEX standard_change_batches_set ON standard_change_batches(policy_set_id, state);
-- At most one open batch per set: a new proposal replaces (discards) the open one.
CREATE UNIQUE INDEX standard_change_batches_open ON standard_change_batches(policy_set_id)
    WHERE state = 'proposed';

CREATE TABLE standard_change_items (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES standard_change_batches(id),
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    household_id    INTEGER NOT NULL REFERENCES households(id),
    programme       TEXT NOT NULL,              -- the case's (cases.programme keys)
    last_decision_id INTEGER NOT NULL REFERENCES decisions(id),  -- the decision judged
    facts_source    TEXT NOT NULL CHECK (facts_source IN ('decision', 'registry')),
    facts_as_of     TEXT NOT NULL,              -- ages (and the registry's members) on this date
    old_amount      INTEGER NOT NULL CHECK (old_amount >= 0),
    new_amount      INTEGER CHECK (new_amount >= 0),   -- NULL: no longer eligible
    outcome         TEXT NOT NULL CHECK (outcome IN ('raise', 'keep', 'flag_review')),
    effective_month TEXT NOT NULL,              -- YYYY-MM the raise takes effect
    explanation     TEXT NOT NULL DEFAULT '',   -- for people (the rules' reasons)
    decision_id     INTEGER REFERENCES decisions(id),  -- recorded at approval (raise only)
    CHECK (outcome <> 'raise' OR (new_amount IS NOT NULL AND new_amount > old_amount)),
    CHECK (decision_id IS NULL OR outcome = 'raise'),
    UNIQUE (batch_id, case_id)
);
CREATE INDEX standard_change_items_case ON standard_change_items(case_id);

-- A decided batch is history: its row changes only from proposed, its items never
-- after (except the decision ids recorded by the approval).
CREATE TRIGGER standard_change_batches_decided BEFORE UPDATE ON standard_change_batches
WHEN OLD.state <> 'proposed'
BEGIN
    SELECT RAISE(ABORT, 'a decided standard-change batch is never changed');
END;
CREATE TRIGGER standard_change_batches_no_delete BEFORE DELETE ON standard_change_batches
BEGIN
    SELECT RAISE(ABORT, 'standard-change batches are never deleted');
END;
CREATE TRIGGER standard_change_items_frozen BEFORE UPDATE ON standard_change_items
WHEN (SELECT state FROM standard_change_batches WHERE id = OLD.batch_id) <> 'proposed'
BEGIN
    SELECT RAISE(ABORT, 'the items of a decided standard-change batch are never changed');
END;
CREATE TRIGGER standard_change_items_no_delete BEFORE DELETE ON standard_change_items
BEGIN
    SELECT RAISE(ABORT, 'standard-change items are never deleted');
END;
