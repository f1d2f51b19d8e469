-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- The audit row hash, version 2: every field of the row is preceded by a tag
-- byte saying whether it is NULL, so a row whose entity_id (or user_id, entity,
-- changes) is NULL no longer hashes like one where it is the empty string.
-- Rows written before this migration keep version 1 and keep verifying under
-- it; the first row written afterwards is version 2 and chains to the last
-- version 1 row's hash. A row never goes back to an older version than the
-- row before it.
ALTER TABLE audit_logs ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1
    CONSTRAINT ck_audit_logs_hash_version CHECK (hash_version IN (1, 2));

CREATE TRIGGER trg_audit_logs_hash_version BEFORE INSERT ON audit_logs
WHEN NEW.hash_version < (SELECT ifnull(max(hash_version), 1) FROM audit_logs)
BEGIN
    SELECT RAISE(ABORT, 'audit_logs hash_version may not go back');
END;
