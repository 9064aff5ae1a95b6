-- Bank files (代发) and bank results (回盘), issue 12, data-formats §4.

-- Templates the office saved: its own, and shipped ones it edited (shipped = 1: the id
-- is one of the shipped templates, whose text in the program is then overridden).
CREATE TABLE bank_templates (
    id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40),
    name       TEXT NOT NULL CHECK (name <> ''),
    json       TEXT NOT NULL CHECK (json_valid(json)),
    shipped    INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1)),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- One export of a locked roll with one template: the files it wrote.
CREATE TABLE bank_exports (
    id            INTEGER PRIMARY KEY,
    roll_id       INTEGER NOT NULL REFERENCES payroll_rolls(id),
    template_id   TEXT NOT NULL,
    template_json TEXT NOT NULL,              -- as used (a template may change later)
    files         TEXT NOT NULL CHECK (json_valid(files)),   -- [{"path", "programme", "rows", "total"}]
    payments      INTEGER NOT NULL,
    amount        INTEGER NOT NULL,           -- fen
    exported_at   TEXT NOT NULL,
    exported_by   TEXT NOT NULL
);
CREATE INDEX bank_exports_roll ON bank_exports(roll_id, id);

-- One row per exported payment: a payee account and programme of the roll, the sum of
-- its lines (line_ids, a JSON list). The reconciliation matches a bank result row by
-- account and amount against these (issue 12 §3).
CREATE TABLE bank_payments (
    id          INTEGER PRIMARY KEY,
    export_id   INTEGER NOT NULL REFERENCES bank_exports(id),
    roll_id     INTEGER NOT NULL REFERENCES payroll_rolls(id),
    programme   TEXT NOT NULL,
    file_no     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    household_id INTEGER REFERENCES households(id),      -- the household's account
    institution_id INTEGER REFERENCES institutions(id),  -- PR-4: an institution's account
    payee_name  TEXT NOT NULL,
    account     TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    line_ids    TEXT NOT NULL CHECK (json_valid(line_ids)),
    result      TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'paid', 'failed')),
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bank_payments_match ON bank_payments(roll_id, account, amount);
CREATE INDEX bank_payments_export ON bank_payments(export_id);
