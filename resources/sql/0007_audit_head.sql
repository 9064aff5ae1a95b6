-- The audit head (issue 10, defect 3): the last record's id and hash and the number of
-- records, kept in a table of its own so that a rewrite of audit_log alone (deleting the
-- last records, all of them, or recomputing the chain) no longer verifies. One row,
-- advanced by a trigger in the transaction of every append; it can neither go back nor
-- be deleted. Payroll locks and backups copy it (services: AuditLog::head()).
CREATE TABLE audit_head (
    singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id      INTEGER NOT NULL,
    last_hash    TEXT NOT NULL,
    record_count INTEGER NOT NULL
);

INSERT INTO audit_head(singleton, last_id, last_hash, record_count)
SELECT 1,
       coalesce((SELECT max(id) FROM audit_log), 0),
       coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                '0000000000000000000000000000000000000000000000000000000000000000'),
       (SELECT count(*) FROM audit_log);

CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_head
       SET last_id = NEW.id, last_hash = NEW.hash, record_count = record_count + 1
     WHERE singleton = 1;
END;

CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
WHEN NEW.singleton != OLD.singleton
  OR NEW.record_count != OLD.record_count + 1
  OR NEW.last_id <= OLD.last_id
BEGIN
    SELECT RAISE(ABORT, 'audit_head only moves forward with an append');
END;

CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head is kept');
END;

CREATE TRIGGER audit_head_single_row BEFORE INSERT ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head has one row');
END;

