-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: Stockbook contributors
--
-- Admin-signed checkpoints and signed audit rows (docs/file-formats.md,
-- "Checkpoints and row signatures").
--
-- A checkpoint records, at a moment an administrator's program vouched for
-- it, the audit chain head (audit_seq, audit_hash) and SHA-256 digests of the
-- security tables users, roles and role_permissions, signed with the
-- administrators' shared Ed25519 key. A change made outside the program (the
-- sqlcipher shell) shows as a digest or audit row that no longer matches the
-- last checkpoint. Like audit_logs, the table is append-only.
CREATE TABLE audit_checkpoints (
    id                 INTEGER PRIMARY KEY,
    created_at         TEXT NOT NULL,
    signer_user_id     INTEGER NOT NULL,
    signer_name        TEXT NOT NULL,
    audit_seq          INTEGER NOT NULL,
    audit_hash         BLOB NOT NULL,
    users_digest       BLOB NOT NULL,
    roles_digest       BLOB NOT NULL,
    permissions_digest BLOB NOT NULL,
    signing_public_key BLOB NOT NULL,
    signature          BLOB NOT NULL,
    CONSTRAINT ck_audit_checkpoints_seq CHECK (audit_seq >= 0),
    CONSTRAINT ck_audit_checkpoints_sizes CHECK (
        length(audit_hash) = 32 AND length(users_digest) = 32 AND length(roles_digest) = 32
        AND length(permissions_digest) = 32 AND length(signing_public_key) = 32
        AND length(signature) = 64)
);

CREATE TRIGGER trg_audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;

CREATE TRIGGER trg_audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;

-- The row's author signs its row_hash with their own Ed25519 key:
-- signature = Ed25519("stockbook-audit-row-v1" || row_hash), signer_user_id
-- the user whose key made it. NULL for rows written without a user's key
-- (rows from before this migration, the system, a company not yet upgraded).
ALTER TABLE audit_logs ADD COLUMN signature BLOB
    CONSTRAINT ck_audit_logs_signature CHECK (signature IS NULL OR length(signature) = 64);
ALTER TABLE audit_logs ADD COLUMN signer_user_id INTEGER;
