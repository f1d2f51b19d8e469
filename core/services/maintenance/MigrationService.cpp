// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "services/maintenance/MigrationService.h"

#include "Tr.h"
#include "security/LoginState.h"
#include "security/PasswordPolicy.h"
#include "security/keys/KeyVault.h"
#include "security/keys/RecoveryKey.h"
#include "services/CompanySession.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/AuditLog.h"
#include "services/accounts/Checkpoints.h"
#include "services/maintenance/BackupService.h"
#include "services/maintenance/MaintenanceSupport.h"
#include "services/maintenance/RestoreService.h"
#include "storage/Database.h"
#include "storage/TableCopy.h"
#include "storage/Transaction.h"
#include "storage/server/ServerSetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>

namespace stockbook {

namespace {

using security::KeyVault;
using security::LoginState;

Result<void> mayMigrate(CompanySession &source)
{
    if (auto allowed = maintenance::authorize(source, Permission::BackupRun,
                                              QStringLiteral("company.migrate"));
        !allowed.ok())
        return allowed;
    return maintenance::authorize(source, Permission::UserManage, QStringLiteral("company.migrate"));
}

QString whereFrom(const CompanySession &source)
{
    return source.isServer() ? QStringLiteral("server") : QStringLiteral("file");
}

AuditRecord migrateRecord(const CompanySession &source, const QString &to, qint64 rows, const QDateTime &now)
{
    return AuditRecord{source.session().userId(),
                       source.session().username(),
                       QStringLiteral("company.migrate"),
                       QStringLiteral("settings"),
                       QString(),
                       maintenance::json(QJsonObject{{QStringLiteral("from"), whereFrom(source)},
                                                     {QStringLiteral("to"), to},
                                                     {QStringLiteral("rows"), rows}}),
                       now};
}

Error copyFailed(const QString &what, const QSqlError &error)
{
    return makeError(ErrorCode::Sql, Tr::tr("%1 failed: %2").arg(what, error.databaseText()), {},
                     error.text());
}

// The copied audit chain continued by one row, written as the server's
// set-up writes its first: the rules' triggers are still off, so the actor
// is the administrator who moves the company, not the superuser.
Result<void> appendCopiedChain(QSqlDatabase &company, const AuditRecord &record)
{
    QSqlQuery q(company);
    if (!q.exec(QStringLiteral("SELECT seq, row_hash FROM audit_logs ORDER BY seq DESC LIMIT 1")))
        return copyFailed(Tr::tr("Reading the audit log"), q.lastError());
    qint64 seq = 1;
    QByteArray prev(32, '\0');
    if (q.next()) {
        seq = q.value(0).toLongLong() + 1;
        prev = q.value(1).toByteArray();
    }
    QSqlQuery insert(company);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_logs (seq, timestamp, user_id, username, action, entity, "
                       "entity_id, changes, prev_hash, row_hash, hash_version) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{
             seq, record.timestamp.toUTC().toString(Qt::ISODateWithMs), QVariant::fromValue(*record.userId),
             record.username, record.action, record.entity, QVariant(QMetaType::fromType<QString>()),
             record.changes, prev, AuditLog::rowHash(seq, prev, record), AuditLog::CurrentHashVersion})
        insert.addBindValue(v);
    if (!insert.exec())
        return copyFailed(Tr::tr("Writing the audit log"), insert.lastError());
    return {};
}

} // namespace

Result<MigratedToServer> MigrationService::toServer(CompanySession &source, const SecretBytes &adminPassword,
                                                    QSqlDatabase &super, const QString &dbName)
{
    if (auto allowed = mayMigrate(source); !allowed.ok())
        return allowed.error();
    // The source holds still while it is read: on a file nobody else
    // writes, on a server its write lock keeps the other workstations out.
    storage::Transaction hold(source.database());
    if (auto begun = hold.begin(); !begun.ok())
        return begun.error();
    const QSqlDatabase from = source.database().connection();
    const QString admin = source.session().username().trimmed().toLower();
    MigratedToServer result;
    result.database = dbName;
    auto made = storage::server::ServerSetup::importCompany(
        super, dbName, admin, adminPassword,
        [&](QSqlDatabase &company) -> Result<void> {
            auto copied = storage::TableCopy::copyAll(from, company);
            if (!copied.ok())
                return copied.error();
            result.rows = copied.value();
            return appendCopiedChain(
                company, migrateRecord(source, QStringLiteral("server"), result.rows, source.now()));
        },
        &result.usersWithoutPassword);
    (void)hold.rollback();
    if (!made.ok())
        return made.error();
    return result;
}

Result<MigratedToFile> MigrationService::toFile(CompanySession &source, const SecretBytes &adminPassword,
                                                const QString &path, const Clock &clock)
{
    if (auto allowed = mayMigrate(source); !allowed.ok())
        return allowed.error();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString adminName = source.session().username().trimmed();
    if (auto strong = security::PasswordPolicy::validate(adminPassword, {adminName, QString(), QString()});
        !strong.ok())
        return strong.error();
    for (const QString &taken : {absolute, KeyVault::pathFor(absolute)}) {
        if (QFileInfo::exists(taken))
            return makeError(ErrorCode::FileExists,
                             Tr::tr("%1 exists already: nothing is overwritten. Choose another file name.")
                                 .arg(QDir::toNativeSeparators(taken)));
    }

    storage::Transaction hold(source.database());
    if (auto begun = hold.begin(); !begun.ok())
        return begun.error();

    SecretBytes dek = SecretBytes::random(KeyVault::DekSize);
    if (dek.isEmpty())
        return makeError(ErrorCode::CryptoFailure, Tr::tr("No random numbers are available to make a key."));
    auto created = storage::Database::create(absolute, dek);
    if (!created.ok())
        return created.error();
    std::unique_ptr<storage::Database> db = std::move(created).value();
    auto fail = [&](Error e) -> Result<MigratedToFile> {
        db.reset();
        CompanyService::removeCompanyFiles(absolute);
        return e;
    };

    security::VaultSecrets secrets;
    auto vault = KeyVault::createNew(dek, secrets);
    if (!vault.ok())
        return fail(vault.error());
    const QDateTime now = clock();
    MigratedToFile result;
    {
        // Foreign keys are checked once the rows are all in (at commit).
        if (auto deferred = db->query(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred.ok())
            return fail(deferred.error());
        storage::Transaction tx(*db);
        if (auto begun = tx.begin(); !begun.ok())
            return fail(begun.error());
        QSqlDatabase to = db->connection();
        // Checkpoints and row signatures were made with keys that stay with
        // the source; the new file's administrator vouches for the copied
        // history with a checkpoint of the new key (below).
        auto copied = storage::TableCopy::copyAll(source.database().connection(), to,
                                                  {QStringLiteral("audit_checkpoints"),
                                                   QStringLiteral("audit_logs.signature"),
                                                   QStringLiteral("audit_logs.signer_user_id")});
        if (!copied.ok())
            return fail(copied.error());
        result.rows = copied.value();

        // The administrator's key slot; the others have none yet.
        const qint64 adminId = source.session().userId();
        if (auto cleared = db->query(QStringLiteral("UPDATE users SET keyslot_hash = NULL WHERE id <> ?"),
                                     {adminId});
            !cleared.ok())
            return fail(cleared.error());
        auto others = db->query(
            QStringLiteral("SELECT username FROM users WHERE id <> ? AND active = 1 ORDER BY id"), {adminId});
        if (!others.ok())
            return fail(others.error());
        while (others->next())
            result.usersWithoutPassword << others->value("username").toString();
        security::UnlockedKey own;
        if (auto wrapped = vault->addOrReplaceSlot(adminId, CompanyService::slotName(adminName),
                                                   adminPassword, dek, secrets.adminSeed, true,
                                                   security::KdfParams::current(), &own);
            !wrapped.ok())
            return fail(wrapped.error());
        AccountStore store(*db);
        if (auto hashed = store.setSlotHash(adminId, vault->slotHash(adminId), now); !hashed.ok())
            return fail(hashed.error());
        if (auto logged = AuditLog::append(*db,
                                           migrateRecord(source, QStringLiteral("file"), result.rows, now));
            !logged.ok())
            return fail(logged.error());
        if (auto saved = vault->save(KeyVault::pathFor(absolute)); !saved.ok())
            return fail(saved.error());
        if (auto committed = tx.commit(); !committed.ok())
            return fail(committed.error());

        LoginState state;
        if (auto head = AuditLog::head(*db); head.ok())
            state.setAnchor(head.value());
        if (auto saved = state.save(LoginState::pathFor(absolute)); !saved.ok())
            return fail(saved.error());
        auto recovery = security::RecoveryKey::encodeAscii(secrets.recoverySecret);
        if (!recovery.ok())
            return fail(recovery.error());
        auto session = store.sessionFor(adminId, clock);
        if (!session.ok())
            return fail(session.error());
        result.company.company = std::make_unique<CompanySession>(std::move(db), std::move(dek),
                                                                  std::move(session).value());
        result.company.company->setLocation(absolute);
        CompanyService::useVaultKeys(*result.company.company, vault.value(), own);
        // The administrator vouches for the history as copied.
        (void)Checkpoints::attest(*result.company.company);
        result.company.recoveryKey = std::move(recovery).value();
    }
    (void)hold.rollback();
    return result;
}

Result<QString> MigrationService::backupServer(CompanySession &server, const SecretBytes &adminPassword,
                                               const QString &outPath)
{
    if (!server.isServer())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("This company is a file: back it up as a file (BackupService)."));
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return makeError(ErrorCode::FileExists,
                         Tr::tr("%1 exists already: nothing is overwritten. Choose another file name.")
                             .arg(QDir::toNativeSeparators(absolute)));
    // Beside the backup, so that the copy never leaves the folder the
    // backup goes to; removed with everything in it.
    QTemporaryDir work(QFileInfo(absolute).absolutePath() + QStringLiteral("/.stockbook-backup-XXXXXX"));
    if (!work.isValid())
        return makeError(ErrorCode::Io,
                         Tr::tr("No working folder could be made beside %1: %2. Check that the folder exists "
                                "and can be written.")
                             .arg(QDir::toNativeSeparators(absolute), work.errorString()));
    QFile::setPermissions(work.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto copy = toFile(server, adminPassword, work.filePath(QStringLiteral("company.stockbook")));
    if (!copy.ok())
        return copy.error();
    auto written = BackupService(*copy->company.company).backup(absolute);
    copy->company.company.reset();
    if (!written.ok())
        return written.error();
    storage::Transaction tx(server.database());
    if (tx.begin().ok()) {
        (void)AuditLog::append(
            server.database(),
            AuditRecord{
                server.session().userId(), server.session().username(), QStringLiteral("backup.create"),
                QStringLiteral("maintenance"), QString(),
                maintenance::json(QJsonObject{{QStringLiteral("file"), QFileInfo(absolute).fileName()}}),
                server.now()});
        (void)tx.commit();
    }
    return written;
}

Result<MigratedToServer> MigrationService::restoreToServer(const QString &backupPath,
                                                           const QString &adminUser,
                                                           const SecretBytes &adminPassword,
                                                           QSqlDatabase &super, const QString &dbName)
{
    // Beside the backup, or where temporary files go when that folder is
    // read-only (a write-protected stick).
    QTemporaryDir beside(QFileInfo(backupPath).absolutePath() + QStringLiteral("/.stockbook-restore-XXXXXX"));
    std::optional<QTemporaryDir> elsewhere;
    if (!beside.isValid())
        elsewhere.emplace();
    QTemporaryDir &dir = beside.isValid() ? beside : *elsewhere;
    if (!dir.isValid())
        return makeError(
            ErrorCode::Io,
            Tr::tr("No working folder could be made to unpack the backup: %1").arg(dir.errorString()));
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString copy = dir.filePath(QStringLiteral("company.stockbook"));
    RestoreService::Request request;
    request.backupPath = backupPath;
    request.targetDbPath = copy;
    request.backup = RestoreService::Credentials{adminUser, SecretBytes::copyOf(adminPassword.bytes()),
                                                 false};
    if (auto restored = RestoreService::restore(request); !restored.ok())
        return restored.error();
    auto company = CompanyService::signIn(copy, adminUser, adminPassword);
    if (!company.ok())
        return company.error();
    return toServer(*company.value(), adminPassword, super, dbName);
}

} // namespace stockbook
