// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/accounts/AuditLog.h"

#include "Clock.h"
#include "Tr.h"
#include "services/accounts/AuditSigner.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlError.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtEndian>

namespace stockbook {

namespace {

constexpr int HashBytes = 32;
const QByteArray ChainLabelV1 = QByteArrayLiteral("stockbook-audit-v1");
const QByteArray ChainLabelV2 = QByteArrayLiteral("stockbook-audit-v2");

void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    // Length-prefixed, so ("ab","c") and ("a","bc") hash differently.
    const quint32 length = qToBigEndian(static_cast<quint32>(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    hash.addData(bytes);
}

// Version 2: a tag byte before each row field, so NULL and "" differ.
void addTaggedField(QCryptographicHash &hash, const std::optional<QByteArray> &bytes)
{
    if (!bytes) {
        hash.addData(QByteArrayView("\x00", 1));
        return;
    }
    hash.addData(QByteArrayView("\x01", 1));
    addField(hash, *bytes);
}

std::optional<QByteArray> nullableText(const QString &text)
{
    if (text.isNull())
        return std::nullopt;
    return text.toUtf8();
}

// A column read back: NULL stays a null QString, '' becomes a non-null empty one.
QString textColumn(const QVariant &value)
{
    if (value.isNull())
        return {};
    QString text = value.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

QString timestampText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray AuditLog::rowHash(qint64 seq, const QByteArray &prevHash, const AuditRecord &record, int version)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (version == 1) {
        addField(hash, ChainLabelV1);
        addField(hash, QByteArray::number(seq));
        addField(hash, prevHash);
        addField(hash, timestampText(record.timestamp).toUtf8());
        addField(hash, record.userId ? QByteArray::number(*record.userId) : QByteArray());
        addField(hash, record.username.toUtf8());
        addField(hash, record.action.toUtf8());
        addField(hash, record.entity.toUtf8());
        addField(hash, record.entityId.toUtf8());
        addField(hash, record.changes.toUtf8());
        return hash.result();
    }
    if (version != 2)
        return {};
    // timestamp, username and action are NOT NULL columns (a null username is
    // stored as ''), so they are always tagged present; the others are NULL in
    // the table exactly when they are null here (see append).
    addField(hash, ChainLabelV2);
    addField(hash, QByteArray::number(seq));
    addField(hash, prevHash);
    addTaggedField(hash, timestampText(record.timestamp).toUtf8());
    addTaggedField(hash, record.userId ? std::optional(QByteArray::number(*record.userId)) : std::nullopt);
    addTaggedField(hash, record.username.toUtf8());
    addTaggedField(hash, record.action.toUtf8());
    addTaggedField(hash, nullableText(record.entity));
    addTaggedField(hash, nullableText(record.entityId));
    addTaggedField(hash, nullableText(record.changes));
    return hash.result();
}

Result<AuditChainHead> AuditLog::head(storage::Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // On a server a clerk may not read the log: its head comes from a function.
    if (!q.exec(storage::dialectOf(db).isPostgres()
                    ? QStringLiteral("SELECT seq, row_hash FROM stockbook_audit_head()")
                    : QStringLiteral("SELECT seq, row_hash FROM audit_logs ORDER BY seq DESC LIMIT 1")))
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    if (!q.next())
        return AuditChainHead{0, QByteArray(HashBytes, '\0')};
    return AuditChainHead{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

Result<bool> AuditLog::anchorHolds(storage::Database &db, const AuditChainHead &anchor)
{
    if (anchor.seq == 0)
        return true;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_hash FROM audit_logs WHERE seq = ?"));
    q.addBindValue(anchor.seq);
    if (!q.exec())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    return q.next() && q.value(0).toByteArray() == anchor.hash;
}

Result<qint64> AuditLog::append(storage::Database &db, const AuditRecord &input)
{
    AuditRecord record = input;
    if (!record.timestamp.isValid())
        record.timestamp = nowUtc();
    if (storage::dialectOf(db).isPostgres()) {
        // Postings run side by side on a server: the head read next stays the
        // head until this transaction ends (the server's trigger refuses a
        // row that does not continue the chain).
        QSqlQuery lock(db.connection());
        if (!lock.exec(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(storage::Database::AuditLockKey)))
            return storage::errorFromSql(lock.lastError(), Tr::tr("Writing the audit log"));
    }
    auto last = head(db);
    if (!last.ok())
        return last.error();
    const qint64 seq = last->seq + 1;
    const QByteArray rowHashValue = rowHash(seq, last->hash, record, CurrentHashVersion);

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_logs (seq, timestamp, user_id, username, action, entity, entity_id, "
        "changes, prev_hash, row_hash, hash_version, signature, signer_user_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(timestampText(record.timestamp));
    q.addBindValue(record.userId ? QVariant(*record.userId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(record.username);
    q.addBindValue(record.action);
    q.addBindValue(record.entity.isNull() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(record.entity));
    q.addBindValue(record.entityId.isNull() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(record.entityId));
    q.addBindValue(record.changes.isNull() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(record.changes));
    q.addBindValue(last->hash);
    q.addBindValue(rowHashValue);
    q.addBindValue(CurrentHashVersion);
    // The signed-in user signs the rows they append (outside the row hash).
    const auto signature = AuditSigner::sign(db, record.userId, rowHashValue);
    q.addBindValue(signature ? QVariant(signature->signature) : QVariant(QMetaType::fromType<QByteArray>()));
    q.addBindValue(signature ? QVariant(signature->signerUserId)
                             : QVariant(QMetaType::fromType<qlonglong>()));
    if (!q.exec())
        return storage::errorFromSql(q.lastError(), Tr::tr("Writing the audit log"));
    return seq;
}

Result<AuditVerification> AuditLog::verify(storage::Database &db, const std::optional<AuditChainHead> &anchor)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT seq, timestamp, user_id, username, action, entity, entity_id, changes, "
                           "prev_hash, row_hash, hash_version FROM audit_logs ORDER BY seq")))
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));

    AuditVerification report;
    QByteArray previous(HashBytes, '\0');
    qint64 expectedSeq = 1;
    int previousVersion = 1;
    bool anchorSeen = !anchor || anchor->seq == 0;
    auto fail = [&report](qint64 seq, const QString &problem) {
        report.ok = false;
        report.firstBadSeq = seq;
        report.problem = problem;
    };
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        AuditRecord record;
        record.timestamp = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (!q.value(2).isNull())
            record.userId = q.value(2).toLongLong();
        record.username = q.value(3).toString();
        record.action = q.value(4).toString();
        record.entity = textColumn(q.value(5));
        record.entityId = textColumn(q.value(6));
        record.changes = textColumn(q.value(7));
        const QByteArray prevHash = q.value(8).toByteArray();
        const QByteArray storedHash = q.value(9).toByteArray();
        const int version = q.value(10).toInt();

        if (seq != expectedSeq) {
            fail(expectedSeq,
                 seq > expectedSeq
                     ? Tr::tr("audit row %1 is missing (the next row is %2)").arg(expectedSeq).arg(seq)
                     : Tr::tr("audit row %1 appears out of order").arg(seq));
            break;
        }
        if (prevHash != previous) {
            fail(seq,
                 Tr::tr("audit row %1 does not follow row %2: rows were removed or reordered")
                     .arg(seq)
                     .arg(seq - 1));
            break;
        }
        if (rowHash(seq, prevHash, record, version).isEmpty()) {
            fail(seq, Tr::tr("audit row %1 has an unknown hash version %2").arg(seq).arg(version));
            break;
        }
        if (version < previousVersion) {
            fail(seq,
                 Tr::tr("audit row %1 has hash version %2 after rows of version %3: the log was rewritten")
                     .arg(seq)
                     .arg(version)
                     .arg(previousVersion));
            break;
        }
        if (rowHash(seq, prevHash, record, version) != storedHash) {
            fail(seq, Tr::tr("audit row %1 was changed after it was written").arg(seq));
            break;
        }
        if (anchor && seq == anchor->seq) {
            if (storedHash != anchor->hash) {
                fail(seq,
                     Tr::tr("audit row %1 differs from the copy recorded outside the database: the log was "
                            "rewritten")
                         .arg(seq));
                break;
            }
            anchorSeen = true;
        }
        previous = storedHash;
        previousVersion = version;
        report.head = AuditChainHead{seq, storedHash};
        ++report.rows;
        ++expectedSeq;
    }
    if (q.lastError().isValid())
        return storage::errorFromSql(q.lastError(), Tr::tr("Reading the audit log"));
    if (report.ok && !anchorSeen) {
        fail(report.head.seq + 1,
             Tr::tr("the audit log ends at row %1, but row %2 was recorded outside the database: "
                    "rows were removed from the end")
                 .arg(report.head.seq)
                 .arg(anchor->seq));
    }
    if (report.head.hash.isEmpty())
        report.head.hash = QByteArray(HashBytes, '\0');
    return report;
}

} // namespace stockbook
