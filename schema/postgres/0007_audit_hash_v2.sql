-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- PostgreSQL equivalent of schema/0007_audit_hash_v2.sql: the audit row hash,
-- version 2. A row never goes back to an older version than the rows before
-- it. SQLite's trigger has the condition in its WHEN clause; PostgreSQL allows
-- no subquery there, so the function tests it. It reads audit_logs as the
-- role that inserts (in server mode the owner's functions write the log).
ALTER TABLE audit_logs ADD COLUMN hash_version BIGINT NOT NULL DEFAULT 1
    CONSTRAINT ck_audit_logs_hash_version CHECK (hash_version IN (1, 2));

CREATE FUNCTION trg_audit_logs_hash_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.hash_version < (SELECT coalesce(max(hash_version), 1) FROM audit_logs) THEN
        RAISE EXCEPTION 'audit_logs hash_version may not go back';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER trg_audit_logs_hash_version BEFORE INSERT ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION trg_audit_logs_hash_version();
