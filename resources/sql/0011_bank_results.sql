-- Bank results (回盘) and failed payments (issue 12 §3, data-formats §4, PR-7).

-- One import of a bank's result file against a roll's latest export that changed
-- something (a second run of the same file writes nothing: no row, no audit entry).
CREATE TABLE bank_reconciliations (
    id          INTEGER PRIMARY KEY,
    roll_id     INTEGER NOT NULL REFERENCES payroll_rolls(id),
    export_id   INTEGER NOT NULL REFERENCES bank_exports(id),
    template_id TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    rows        INTEGER NOT NULL,              -- result rows read
    paid        INTEGER NOT NULL,              -- payments the file settled as paid
    failed      INTEGER NOT NULL,              -- … as failed
    unmatched   INTEGER NOT NULL,              -- rows that matched no payment
    changed     INTEGER NOT NULL,              -- payments whose result this import changed
    at          TEXT NOT NULL,
    by          TEXT NOT NULL
);
CREATE INDEX bank_reconciliations_roll ON bank_reconciliations(roll_id, id);

-- A caseworker's word that a failed payment's account is right after all and may be
-- paid again (PR-7: the bank lifted a freeze, the household re-activated the card):
-- the reissue does not wait for a changed account. One per payment; never changed.
CREATE TABLE bank_payment_confirmations (
    payment_id   INTEGER PRIMARY KEY REFERENCES bank_payments(id),
    note         TEXT NOT NULL CHECK (note <> ''),
    confirmed_at TEXT NOT NULL,
    confirmed_by TEXT NOT NULL
);
CREATE TRIGGER bank_payment_confirmations_frozen BEFORE UPDATE ON bank_payment_confirmations
BEGIN
    SELECT RAISE(ABORT, 'a confirmation is never changed');
END;
CREATE TRIGGER bank_payment_confirmations_no_delete BEFORE DELETE ON bank_payment_confirmations
BEGIN
    SELECT RAISE(ABORT, 'confirmations are never deleted');
END;

-- Exported payments keep what they were; only the bank's result and reason change.
CREATE TRIGGER bank_payments_frozen BEFORE UPDATE ON bank_payments
WHEN NEW.id IS NOT OLD.id OR NEW.export_id IS NOT OLD.export_id OR NEW.roll_id IS NOT OLD.roll_id
  OR NEW.programme IS NOT OLD.programme OR NEW.file_no IS NOT OLD.file_no
  OR NEW.seq IS NOT OLD.seq OR NEW.household_id IS NOT OLD.household_id
  OR NEW.institution_id IS NOT OLD.institution_id OR NEW.payee_name IS NOT OLD.payee_name
  OR NEW.account IS NOT OLD.account OR NEW.amount IS NOT OLD.amount
  OR NEW.line_ids IS NOT OLD.line_ids
BEGIN
    SELECT RAISE(ABORT, 'an exported payment changes only by its bank result');
END;
CREATE INDEX bank_payments_failed ON bank_payments(roll_id) WHERE result = 'failed';
