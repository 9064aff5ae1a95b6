-- Schema 1: office settings, staff accounts, the audit log and the holiday calendar.

CREATE TABLE office_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    password_hash        TEXT NOT NULL,            -- argon2id, libsodium crypto_pwhash_str
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER NOT NULL DEFAULT 0, -- Unix seconds; 0 = not locked
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_at           TEXT NOT NULL
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id),
    role    TEXT NOT NULL CHECK (role IN ('caseworker', 'supervisor', 'statistician', 'admin')),
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

-- Append-only. Each row's hash = SHA-256(prev_hash || canonical content), so a
-- change behind the program's back breaks the chain (services/audit_chain).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,                 -- UTC, ISO 8601 with milliseconds
    user_id   INTEGER REFERENCES users(id),  -- NULL: the system itself (first-run setup)
    username  TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    details   TEXT NOT NULL,                 -- JSON, personal numbers masked
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_user ON audit_log(username, at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Days that differ from the Monday–Friday rule: official holidays on weekdays
-- ('holiday') and make-up working days on weekends ('workday').
CREATE TABLE holidays (
    day  TEXT PRIMARY KEY NOT NULL,          -- YYYY-MM-DD
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday'))
) WITHOUT ROWID;
