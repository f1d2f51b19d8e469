// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/Checkpoints.h"

#include "Tr.h"
#include "security/keys/Asymmetric.h"
#include "services/CompanySession.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/AuditSigner.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QtEndian>

namespace stockbook {

namespace {

const QByteArray CheckpointLabel = QByteArrayLiteral("stockbook-checkpoint-v1");

QByteArray lengthPrefix(qsizetype size)
{
    QByteArray out(4, '\0');
    qToBigEndian(static_cast<quint32>(size), out.data());
    return out;
}

// A length-prefixed field: 4-byte big-endian length, then the bytes.
void addField(QByteArray &out, const QByteArray &bytes)
{
    out += lengthPrefix(bytes.size());
    out += bytes;
}

QString timestampText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// SHA-256 over the label and every value of the rows of sql, in order. Each
// value is one type byte (SQLite's storage class: 0 NULL, 1 integer, 2 real,
// 3 text, 4 blob) followed, unless NULL, by a 4-byte big-endian length and
// the value's bytes: an integer in decimal ASCII, a real as SQLite's text of
// it, text in UTF-8, a blob as it is. So NULL and '' differ, and so do 1 and '1'.
// sql selects typeof(c), c for each column c.
Result<QByteArray> tableDigest(storage::Database &db, const QByteArray &label, const QString &sql,
                               int columns)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the users and roles"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray labelField;
    addField(labelField, label);
    hash.addData(labelField);
    while (q.next()) {
        QByteArray row;
        for (int c = 0; c < columns; ++c) {
            const QString type = q.value(2 * c).toString();
            const QVariant value = q.value(2 * c + 1);
            QByteArray bytes;
            char tag = 0;
            if (type == QLatin1String("null")) {
                row += char(0);
                continue;
            } else if (type == QLatin1String("integer")) {
                tag = 1;
                bytes = QByteArray::number(value.toLongLong());
            } else if (type == QLatin1String("real")) {
                tag = 2;
                bytes = value.toString().toUtf8();
            } else if (type == QLatin1String("text")) {
                tag = 3;
                bytes = value.toString().toUtf8();
            } else {
                tag = 4;
                bytes = value.toByteArray();
            }
            row += tag;
            addField(row, bytes);
        }
        hash.addData(row);
    }
    if (q.lastError().isValid())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the users and roles"));
    return hash.result();
}

// The checkpoint's time as people read it, in the local time zone.
QString when(const Checkpoint &c)
{
    return c.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Checkpoint checkpointFrom(const QSqlQuery &q)
{
    Checkpoint c;
    c.id = q.value(0).toLongLong();
    c.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    c.signerUserId = q.value(2).toLongLong();
    c.signerName = q.value(3).toString();
    c.auditSeq = q.value(4).toLongLong();
    c.auditHash = q.value(5).toByteArray();
    c.usersDigest = q.value(6).toByteArray();
    c.rolesDigest = q.value(7).toByteArray();
    c.permissionsDigest = q.value(8).toByteArray();
    c.signingPublicKey = q.value(9).toByteArray();
    c.signature = q.value(10).toByteArray();
    return c;
}

const QString CheckpointColumns = QStringLiteral(
    "id, created_at, signer_user_id, signer_name, audit_seq, audit_hash, users_digest, "
    "roles_digest, permissions_digest, signing_public_key, signature");

bool signedByAdministrators(const Checkpoint &c, const QByteArray &trustedKey)
{
    return !trustedKey.isEmpty() && c.signingPublicKey == trustedKey
        && security::crypto::ed25519Verify(trustedKey, Checkpoints::message(c), c.signature);
}

QHash<qint64, QString> usernames(storage::Database &db)
{
    QHash<qint64, QString> names;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, username FROM users")))
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

// The signed audit rows checked against their authors' public keys.
Result<void> verifyRowSignatures(CompanySession &company, CheckpointReport &report, qint64 afterSeq)
{
    const QHash<qint64, QByteArray> keys = company.userPublicKeys();
    if (keys.isEmpty())
        return {};
    storage::Database &db = company.database();
    const QHash<qint64, QString> names = usernames(db);
    auto nameOf = [&names](qint64 id) { return names.value(id, QString::number(id)); };
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, user_id, row_hash, signature, signer_user_id FROM audit_logs "
                             "WHERE signature IS NOT NULL AND seq > ? ORDER BY seq"));
    q.addBindValue(afterSeq);
    if (!q.exec())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const bool hasUser = !q.value(1).isNull();
        const qint64 userId = q.value(1).toLongLong();
        const QByteArray rowHash = q.value(2).toByteArray();
        const QByteArray signature = q.value(3).toByteArray();
        const qint64 signer = q.value(4).toLongLong();
        if (!hasUser || signer != userId) {
            report.rowProblems << Tr::tr(
                                      "audit row %1 names %2 as its author but is signed with the key of %3")
                                      .arg(seq)
                                      .arg(hasUser ? nameOf(userId) : Tr::tr("(unknown)"), nameOf(signer));
            report.badRows << seq;
        } else if (!keys.contains(signer)
                   || !security::crypto::ed25519Verify(keys.value(signer), AuditSigner::message(rowHash),
                                                       signature)) {
            report.rowProblems
                << Tr::tr("audit row %1 is not signed by %2: its signature does not match their key")
                       .arg(seq)
                       .arg(nameOf(signer));
            report.badRows << seq;
        } else {
            ++report.signedRows;
        }
    }
    if (q.lastError().isValid())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    report.problems << report.rowProblems;
    return {};
}

// Rows after the newest checkpoint in the name of an administrator who holds a
// key, written without a signature. The program signs every row a signed-in
// user appends, except the sign-in rows themselves (written before the session
// holds the key), the key file's upgrade and a restore's own row (written
// into the restored file, where nobody is signed in); any other such row was
// written outside the program. Reported as a change, so that no checkpoint
// covers it until an administrator accepts it. Rows in the names of other
// users are not checked this way (see SECURITY.md).
Result<void> verifyUnsignedAdminRows(CompanySession &company, CheckpointReport &report)
{
    const QHash<qint64, QByteArray> keys = company.userPublicKeys();
    if (keys.isEmpty() || !report.checkpoint)
        return {};
    storage::Database &db = company.database();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.seq, a.user_id, u.username FROM audit_logs a JOIN users u ON u.id = a.user_id "
        "JOIN roles r ON r.id = u.role_id WHERE r.name = 'admin' AND a.signature IS NULL AND a.seq > ? "
        "AND a.action NOT LIKE 'login.%' AND a.action NOT IN ('keys.upgrade', 'keys.upgrade_failed', "
        "'backup.restore') ORDER BY a.seq"));
    q.addBindValue(report.checkpoint->auditSeq);
    if (!q.exec())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    while (q.next()) {
        if (!keys.contains(q.value(1).toLongLong()))
            continue;
        report.problems << Tr::tr(
                               "audit row %1 in the name of %2 carries no signature: it was not written by "
                               "Stockbook")
                               .arg(q.value(0).toLongLong())
                               .arg(q.value(2).toString());
        report.mayAttest = false;
    }
    if (q.lastError().isValid())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    return {};
}

Result<qint64> rowsAfter(storage::Database &db, qint64 seq)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE seq > ?"));
    q.addBindValue(seq);
    if (!q.exec() || !q.next())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    return q.value(0).toLongLong();
}

// Whether a new checkpoint may cover the state verify() reported on: the
// newest checkpoint holds (or there is none at all), or it differs only by
// changes this session made since it saw it hold. A bad row signature does
// not hold a new checkpoint back: every verify checks every row again.
bool mayCover(const CheckpointReport &report, const CompanySession &company)
{
    if (report.mayAttest)
        return true;
    return report.checkpoint && report.checkpoint->id == company.checkpointHeld()
        && report.problems.size() == report.rowProblems.size() + report.tableChanges;
}

} // namespace

// "SELECT typeof(a), a, typeof(b), b ... FROM rest", with the storage classes
// the file would report for the columns a server holds (same digests on both).
QString typedSelect(const storage::Database &db,
                    const QList<std::pair<const char *, storage::ColumnClass>> &columns, const QString &rest)
{
    const storage::Dialect sql = storage::dialectOf(db);
    QStringList parts;
    for (const auto &[name, kind] : columns) {
        const QString column = QString::fromLatin1(name);
        parts << sql.storageClass(column, kind) << column;
    }
    return QStringLiteral("SELECT ") + parts.join(QStringLiteral(", ")) + u' ' + rest;
}

Result<QByteArray> Checkpoints::usersDigest(storage::Database &db)
{
    using storage::ColumnClass;
    return tableDigest(db, QByteArrayLiteral("stockbook-users-v1"),
                       typedSelect(db,
                                   {{"id", ColumnClass::Integer},
                                    {"username", ColumnClass::Text},
                                    {"role_id", ColumnClass::Integer},
                                    {"active", ColumnClass::Integer}},
                                   QStringLiteral("FROM users ORDER BY id")),
                       4);
}

Result<QByteArray> Checkpoints::rolesDigest(storage::Database &db)
{
    using storage::ColumnClass;
    return tableDigest(db, QByteArrayLiteral("stockbook-roles-v1"),
                       typedSelect(db,
                                   {{"id", ColumnClass::Integer},
                                    {"name", ColumnClass::Text},
                                    {"description", ColumnClass::Text},
                                    {"is_system", ColumnClass::Integer}},
                                   QStringLiteral("FROM roles ORDER BY id")),
                       4);
}

Result<QByteArray> Checkpoints::permissionsDigest(storage::Database &db)
{
    using storage::ColumnClass;
    return tableDigest(db, QByteArrayLiteral("stockbook-role-permissions-v1"),
                       typedSelect(db, {{"role_id", ColumnClass::Integer}, {"permission", ColumnClass::Text}},
                                   QStringLiteral("FROM role_permissions ORDER BY role_id, ")
                                       + storage::dialectOf(db).bytewise(QStringLiteral("permission"))),
                       2);
}

QByteArray Checkpoints::message(const Checkpoint &c)
{
    QByteArray out;
    addField(out, CheckpointLabel);
    addField(out, timestampText(c.createdAt).toUtf8());
    addField(out, QByteArray::number(c.signerUserId));
    addField(out, c.signerName.toUtf8());
    addField(out, QByteArray::number(c.auditSeq));
    addField(out, c.auditHash);
    addField(out, c.usersDigest);
    addField(out, c.rolesDigest);
    addField(out, c.permissionsDigest);
    addField(out, c.signingPublicKey);
    return out;
}

Result<QList<Checkpoint>> Checkpoints::all(storage::Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_checkpoints ORDER BY id").arg(CheckpointColumns)))
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    QList<Checkpoint> list;
    while (q.next())
        list << checkpointFrom(q);
    if (q.lastError().isValid())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    return list;
}

Result<bool> Checkpoints::write(CompanySession &company)
{
    const SigningKey &key = company.adminSigningKey();
    if (key.isEmpty() || !company.isOpen())
        return false;
    storage::Database &db = company.database();
    storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun.ok())
        return begun.error();
    auto head = AuditLog::head(db);
    if (!head.ok())
        return head.error();
    auto users = usersDigest(db);
    if (!users.ok())
        return users.error();
    auto roles = rolesDigest(db);
    if (!roles.ok())
        return roles.error();
    auto permissions = permissionsDigest(db);
    if (!permissions.ok())
        return permissions.error();

    Checkpoint c;
    // Stored and signed to the millisecond, as audit rows are.
    c.createdAt = QDateTime::fromString(timestampText(company.now()), Qt::ISODateWithMs);
    c.signerUserId = company.session().userId();
    c.signerName = company.session().username();
    c.auditSeq = head->seq;
    c.auditHash = head->hash;
    c.usersDigest = users.value();
    c.rolesDigest = roles.value();
    c.permissionsDigest = permissions.value();
    c.signingPublicKey = key.publicKey.isEmpty() ? security::crypto::ed25519PublicKey(key.seed)
                                                 : key.publicKey;
    c.signature = security::crypto::ed25519Sign(key.seed, message(c));
    if (c.signature.isEmpty() || c.signingPublicKey.isEmpty())
        return makeError(ErrorCode::CryptoFailure, Tr::tr("The checkpoint could not be signed."));

    const storage::Dialect sql = storage::dialectOf(db);
    QSqlQuery q(db.connection());
    q.prepare(sql.returningId(
        QStringLiteral("INSERT INTO audit_checkpoints (created_at, signer_user_id, signer_name, audit_seq, "
                       "audit_hash, users_digest, roles_digest, permissions_digest, signing_public_key, "
                       "signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    q.addBindValue(timestampText(c.createdAt));
    q.addBindValue(c.signerUserId);
    q.addBindValue(c.signerName);
    q.addBindValue(c.auditSeq);
    q.addBindValue(c.auditHash);
    q.addBindValue(c.usersDigest);
    q.addBindValue(c.rolesDigest);
    q.addBindValue(c.permissionsDigest);
    q.addBindValue(c.signingPublicKey);
    q.addBindValue(c.signature);
    if (!q.exec())
        return storage::errorFromSql(q.lastError(), Tr::tr("Writing the audit log"));
    const qint64 id = sql.insertedId(q);
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    company.setCheckpointHeld(id);
    return true;
}

namespace {

// The newest genuine checkpoint against the tables and the audit log now.
Result<void> checkNewestCheckpoint(CompanySession &company, CheckpointReport &report)
{
    storage::Database &db = company.database();
    const QByteArray trusted = company.trustedAdminKey();
    if (trusted.isEmpty())
        return {};
    report.checked = true;

    auto checkpoints = Checkpoints::all(db);
    if (!checkpoints.ok())
        return checkpoints.error();
    // The newest checkpoint is checked first: one not signed by the
    // administrators is reported, and the newest genuine one is used.
    for (qsizetype i = checkpoints->size() - 1; i >= 0; --i) {
        const Checkpoint &c = checkpoints->at(i);
        if (signedByAdministrators(c, trusted)) {
            report.checkpoint = c;
            break;
        }
        report.problems << Tr::tr("the checkpoint of %1 (giving %2 as its signer) is not signed by the "
                                  "administrators' key")
                               .arg(when(c), c.signerName);
    }
    if (!report.checkpoint) {
        report.mayAttest = checkpoints->isEmpty();
        report.problems << Tr::tr("no checkpoint yet: no administrator has signed the users, roles and audit "
                                  "log of this company");
        auto rows = rowsAfter(db, 0);
        if (!rows.ok())
            return rows.error();
        report.unattestedRows = rows.value();
        return {};
    }

    const Checkpoint &c = *report.checkpoint;
    const QString date = when(c);
    const qsizetype problemsBefore = report.problems.size();
    auto tableChanged = [&report](const QString &sentence) {
        ++report.tableChanges;
        report.problems << sentence;
    };
    auto users = Checkpoints::usersDigest(db);
    if (!users.ok())
        return users.error();
    if (users.value() != c.usersDigest)
        tableChanged(Tr::tr("users changed since the checkpoint of %1 signed by %2").arg(date, c.signerName));
    auto roles = Checkpoints::rolesDigest(db);
    if (!roles.ok())
        return roles.error();
    if (roles.value() != c.rolesDigest)
        tableChanged(Tr::tr("roles changed since the checkpoint of %1 signed by %2").arg(date, c.signerName));
    auto permissions = Checkpoints::permissionsDigest(db);
    if (!permissions.ok())
        return permissions.error();
    if (permissions.value() != c.permissionsDigest)
        tableChanged(
            Tr::tr("permissions changed since the checkpoint of %1 signed by %2").arg(date, c.signerName));

    if (c.auditSeq > 0) {
        auto holds = AuditLog::anchorHolds(db, AuditChainHead{c.auditSeq, c.auditHash});
        if (!holds.ok())
            return holds.error();
        if (!holds.value())
            report.problems << Tr::tr("audit history changed since the checkpoint of %1 signed by %2: row %3 "
                                      "is no longer the row it recorded")
                                   .arg(date, c.signerName)
                                   .arg(c.auditSeq);
    }
    // Every change of users through the program is followed by a checkpoint:
    // one after the newest checkpoint means a newer one was removed (and the
    // tables perhaps put back to match this one), unless this session has
    // just made it and is about to attest it.
    if (report.problems.size() == problemsBefore) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT seq, action FROM audit_logs WHERE seq > ? AND action IN ('user.create', "
                           "'user.set_role', 'user.deactivate', 'user.reactivate', 'user.reset_password', "
                           "'audit.checkpoint_accept') ORDER BY seq LIMIT 1"));
        q.addBindValue(c.auditSeq);
        if (!q.exec())
            return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
        if (q.next())
            tableChanged(
                Tr::tr("audit row %1 (%2) changed users after the checkpoint of %3 signed by %4, and no "
                       "later checkpoint covers it: a newer checkpoint was removed")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toString(), date, c.signerName));
    }
    report.mayAttest = report.problems.size() == problemsBefore
        && report.checkpoint->id == checkpoints->last().id;
    auto after = rowsAfter(db, c.auditSeq);
    if (!after.ok())
        return after.error();
    report.unattestedRows = after.value();
    if (report.unattestedRows > 0)
        report.unattestedSentence =
            Tr::tr("audit rows after the checkpoint of %1 signed by %2, not yet attested: %3")
                .arg(date, c.signerName)
                .arg(report.unattestedRows);
    return {};
}

} // namespace

Result<CheckpointReport> Checkpoints::verify(CompanySession &company, RowScope rows)
{
    CheckpointReport report;
    if (!company.isOpen())
        return report;
    if (auto checked = checkNewestCheckpoint(company, report); !checked.ok())
        return checked.error();
    const qint64 after = rows == RowScope::All || !report.checkpoint ? 0 : report.checkpoint->auditSeq;
    if (auto signatures = verifyRowSignatures(company, report, after); !signatures.ok())
        return signatures.error();
    if (auto unsignedRows = verifyUnsignedAdminRows(company, report); !unsignedRows.ok())
        return unsignedRows.error();
    return report;
}

Result<bool> Checkpoints::attest(CompanySession &company)
{
    if (company.adminSigningKey().isEmpty() || !company.isOpen())
        return false;
    auto report = verify(company);
    if (!report.ok())
        return report.error();
    if (!mayCover(report.value(), company))
        return false;
    return write(company);
}

Result<bool> Checkpoints::attestNewAdminKey(CompanySession &company, const QByteArray &previousAdminKey)
{
    if (company.adminSigningKey().isEmpty() || !company.isOpen())
        return false;
    const QByteArray trusted = company.trustedAdminKey();
    company.setTrustedAdminKey(previousAdminKey);
    auto report = verify(company);
    company.setTrustedAdminKey(trusted);
    if (!report.ok())
        return report.error();
    if (!mayCover(report.value(), company))
        return false;
    return write(company);
}

void Checkpoints::atSignIn(CompanySession &company)
{
    company.setCheckpointHeld(0);
    auto report = verify(company);
    if (!report.ok()) {
        company.setSignInFindings({report.error().message});
        return;
    }
    // Rows not yet attested are the normal state between two administrators'
    // sign-ins: mentioned only beside a problem (verify always lists them).
    QStringList findings = report->problems;
    if (!findings.isEmpty() && !report->unattestedSentence.isEmpty())
        findings << report->unattestedSentence;
    company.setSignInFindings(findings);
    if (report->mayAttest && report->checkpoint)
        company.setCheckpointHeld(report->checkpoint->id);
    (void)attest(company);
}

} // namespace stockbook
