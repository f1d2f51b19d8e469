// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "Commands.h"

#include <algorithm>

#include "CliSupport.h"
#include "ServerConnection.h"
#include "security/LoginState.h"
#include "services/accounts/AuditService.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"
#include "services/maintenance/BackupService.h"
#include "services/maintenance/KeyRotationService.h"
#include "services/maintenance/MigrationService.h"
#include "services/maintenance/RestoreService.h"
#include "services/stock/StockService.h"
#include "storage/Location.h"

#include <QCoreApplication>

namespace stockbook::cli {

namespace {

QString ascii(const SecretBytes &bytes)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()),
                               static_cast<qsizetype>(bytes.size()));
}

// Prints a secret on its own line; the temporary QString is wiped afterwards.
void printSecretLine(const QString &label, const SecretBytes &secret)
{
    QString line = label + QStringLiteral(": ") + ascii(secret);
    printLine(line);
    line.fill(QChar(u'\0'));
}

int initCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    const QCommandLineOption company(QStringLiteral("company"), tr("The company's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption admin(QStringLiteral("admin"), tr("The first administrator's user name."),
                                   QStringLiteral("USER"));
    parser.addOptions({common.db, company, admin, common.passwordStdin});
    int code = ExitOk;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("stockbook-cli init --db PATH --company NAME --admin USER [--password-stdin]"),
            &code))
        return code;
    if (!parser.isSet(common.db) || !parser.isSet(company) || !parser.isSet(admin))
        return usage(tr("init needs --db, --company and --admin."));
    PasswordSource passwords(parser.isSet(common.passwordStdin));
    auto password = passwords.readNew(tr("New password for %1").arg(parser.value(admin)));
    if (!password.ok())
        return fail(password.error());
    auto created = CompanyService::create(parser.value(common.db), parser.value(company), parser.value(admin),
                                          password.value());
    if (!created.ok())
        return fail(created.error());
    printLine(tr("Created %1 for %2 with the administrator %3.")
                  .arg(parser.value(common.db), parser.value(company), parser.value(admin)));
    printLine(
        tr("Write down the recovery key and keep it safe: it is shown only now, and it opens the company "
           "when every password is lost."));
    printSecretLine(QStringLiteral("Recovery key"), created->recoveryKey);
    return ExitOk;
}

class UserCommand : public SignedInCommand {
    const QCommandLineOption role{QStringLiteral("role"), tr("admin, manager or clerk."),
                                  QStringLiteral("ROLE")};
    const QCommandLineOption email{QStringLiteral("email"), tr("E-mail address."), QStringLiteral("E")};
    const QCommandLineOption fullName{QStringLiteral("full-name"), tr("Full name."), QStringLiteral("N")};
    const QStringList actions{QStringLiteral("list"),       QStringLiteral("add"),
                              QStringLiteral("set-role"),   QStringLiteral("reset-password"),
                              QStringLiteral("deactivate"), QStringLiteral("reactivate"),
                              QStringLiteral("unlock")};
    QString action;
    QString name;

    QString synopsis() const override
    {
        return QStringLiteral(
            "stockbook-cli user list|add|set-role|reset-password|deactivate|reactivate|unlock "
            "--db PATH --user CALLER [--password-stdin] [NAME] [--role R] [--email E] "
            "[--full-name N]");
    }

    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, role, email, fullName});
        parser.addPositionalArgument(
            QStringLiteral("action"),
            tr("list, add, set-role, reset-password, deactivate, reactivate or unlock"));
        parser.addPositionalArgument(QStringLiteral("name"), tr("The user to act on (all but list)."));
    }

    QString missingSignIn() const override { return tr("user needs --db and --user."); }

    int check() override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty() || !actions.contains(positional.constFirst()))
            return usage(tr("Name the action: %1.").arg(actions.join(QStringLiteral(", "))));
        action = positional.constFirst();
        if (const int required = requireSignIn(); required != ExitOk)
            return required;
        if (action != QLatin1String("list") && positional.size() != 2)
            return usage(tr("user %1 needs the user name to act on.").arg(action));
        if ((action == QLatin1String("add") || action == QLatin1String("set-role")) && !parser.isSet(role))
            return usage(tr("user %1 needs --role admin|manager|clerk.").arg(action));
        name = positional.value(1);
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        UsersService users(company);
        if (action == QLatin1String("list")) {
            auto rows = users.list();
            if (!rows.ok())
                return fail(rows.error());
            printLine(QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(tr("user"), -20)
                          .arg(tr("role"), -8)
                          .arg(tr("status"), -12)
                          .arg(tr("password"), -10)
                          .arg(tr("last sign-in")));
            for (const UserRow &u : rows.value()) {
                const QString status = !u.active ? tr("inactive")
                    : u.lockedUntil.isValid()    ? tr("locked")
                                                 : tr("active");
                printLine(
                    QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(u.username, -20)
                        .arg(u.roleName, -8)
                        .arg(status, -12)
                        .arg(u.mustChangePassword ? tr("temporary") : tr("set"), -10)
                        .arg(u.lastLoginAt.isValid() ? u.lastLoginAt.toString(Qt::ISODate) : tr("never")));
            }
            return ExitOk;
        }
        if (action == QLatin1String("add") || action == QLatin1String("reset-password")) {
            auto temporary = action == QLatin1String("add")
                ? users.create({name, parser.value(role), parser.value(email), parser.value(fullName)})
                : users.resetPassword(name);
            if (!temporary.ok())
                return fail(temporary.error());
            printLine(action == QLatin1String("add") ? tr("Added %1 as %2.").arg(name, parser.value(role))
                                                     : tr("Reset the password of %1.").arg(name));
            printSecretLine(QStringLiteral("Temporary password"), temporary.value());
            return ExitOk;
        }
        Result<void> done = action == QLatin1String("set-role") ? users.setRole(name, parser.value(role))
            : action == QLatin1String("deactivate")             ? users.deactivate(name)
            : action == QLatin1String("reactivate")             ? users.reactivate(name)
                                                                : users.unlock(name);
        if (!done.ok())
            return fail(done.error());
        printLine(tr("Done: %1 %2.").arg(action, name));
        return ExitOk;
    }
};

int userCommand(const QStringList &arguments)
{
    return UserCommand().execute(arguments);
}

class PasswdCommand : public SignedInCommand {
    QString synopsis() const override
    {
        return QStringLiteral("stockbook-cli passwd --db PATH --user NAME [--password-stdin]");
    }
    void addOptions() override { parser.addOptions({common.db, common.user, common.passwordStdin}); }
    QString missingSignIn() const override { return tr("passwd needs --db and --user."); }
    QString passwordPrompt() const override { return tr("Current password for %1").arg(user()); }

    int run(CompanySession &company) override
    {
        auto fresh = passwords().readNew(tr("New password"));
        if (!fresh.ok())
            return fail(fresh.error());
        if (auto changed = UsersService(company).changeOwnPassword(password(), fresh.value()); !changed.ok())
            return fail(changed.error());
        printLine(tr("The password of %1 was changed.").arg(user()));
        return ExitOk;
    }
};

int passwdCommand(const QStringList &arguments)
{
    return PasswdCommand().execute(arguments);
}

int recoverCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    parser.addOptions({common.db, common.user, common.passwordStdin});
    int code = ExitOk;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("stockbook-cli recover --db PATH --user ADMIN [--password-stdin]"),
                      &code))
        return code;
    if (!parser.isSet(common.db) || !parser.isSet(common.user))
        return usage(tr("recover needs --db and --user."));
    PasswordSource passwords(parser.isSet(common.passwordStdin));
    auto key = passwords.read(tr("Recovery key"));
    if (!key.ok())
        return fail(key.error());
    auto fresh = passwords.readNew(tr("New password for %1").arg(parser.value(common.user)));
    if (!fresh.ok())
        return fail(fresh.error());
    auto company = CompanyService::recover(parser.value(common.db), key.value(), parser.value(common.user),
                                           fresh.value());
    if (!company.ok())
        return fail(company.error());
    printLine(tr("%1 has a new password and can sign in.").arg(parser.value(common.user)));
    return ExitOk;
}

class VerifyCommand : public SignedInCommand {
    std::optional<security::LoginState> stateBefore;

    QString synopsis() const override
    {
        return QStringLiteral(
            "stockbook-cli verify --db PATH --user NAME [--password-stdin] [--accept-changes]");
    }
    const QCommandLineOption acceptChanges{
        QStringLiteral("accept-changes"),
        tr("After reporting them, accept the changes found since the last checkpoint and sign a new one "
           "(administrators).")};
    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, acceptChanges});
    }
    QString missingSignIn() const override { return tr("verify needs --db and --user."); }
    bool showSignInFindings() const override { return false; }

    // The anchor as it was before this sign-in adds its own audit row.
    void beforeSignIn() override
    {
        stateBefore = security::LoginState::load(security::LoginState::pathFor(parser.value(common.db)));
    }

    int run(CompanySession &company) override
    {
        // The chain check first: it asks for audit.view, and its refusal is
        // audited (permission.denied) before anything is read.
        AuditService audit(company);
        auto chain = audit.verifyChain(stateBefore->anchor());
        if (!chain.ok() && exitCodeFor(chain.error()) == ExitPermission)
            return fail(chain.error());

        bool clean = true;
        int problems = 0;
        QStringList failedChecks;
        qint64 firstBadAuditRow = 0;
        // A server checks its pages and every foreign key itself, on every
        // write; there is no file whose pages could be read here.
        if (company.isServer()) {
            printLine(tr("database integrity and foreign keys: kept by the server (PostgreSQL checks them on "
                         "every write)"));
        } else if (auto integrity = company.database().checkIntegrity(); integrity.ok()) {
            printLine(tr("database integrity and foreign keys: ok"));
        } else {
            clean = false;
            ++problems;
            failedChecks << QStringLiteral("integrity");
            printLine(tr("database integrity and foreign keys: FAILED: %1").arg(integrity.error().message));
            if (!integrity.error().detail.isEmpty())
                printLine(QStringLiteral("  ") + integrity.error().detail);
        }
        if (!chain.ok()) {
            clean = false;
            ++problems;
            failedChecks << QStringLiteral("audit_chain");
            printLine(tr("audit chain: FAILED: %1").arg(chain.error().message));
        } else if (!chain->ok) {
            clean = false;
            ++problems;
            failedChecks << QStringLiteral("audit_chain");
            firstBadAuditRow = chain->firstBadSeq;
            printLine(tr("audit chain: FAILED at row %1: %2").arg(chain->firstBadSeq).arg(chain->problem));
        } else {
            printLine(tr("audit chain: ok (%1 rows)").arg(chain->rows));
            printLine(tr("audit anchor: %1")
                          .arg(stateBefore->anchor()
                                   ? tr("ok (row %1 matches the copy kept outside the database)")
                                         .arg(stateBefore->anchor()->seq)
                                   : tr("none recorded yet")));
            printLine(tr("audit head: row %1, hash %2")
                          .arg(chain->head.seq)
                          .arg(QString::fromLatin1(chain->head.hash.toHex())));
        }
        // Quiet for a company without per-user keys: nothing was checked.
        auto checkpoints = AuditService(company).verifyCheckpoints();
        if (!checkpoints.ok()) {
            clean = false;
            printLine(tr("checkpoint: FAILED: %1").arg(checkpoints.error().message));
        } else {
            const CheckpointReport &report = checkpoints.value();
            bool checkpointClean = true;
            for (const QString &problem : report.problems) {
                if (report.rowProblems.contains(problem))
                    continue;
                checkpointClean = false;
                printLine(tr("checkpoint: FAILED: %1").arg(problem));
            }
            if (report.checkpoint && checkpointClean)
                printLine(tr("checkpoint: ok (%1 signed by %2, audit row %3)")
                              .arg(report.checkpoint->createdAt.toLocalTime().toString(
                                       QStringLiteral("yyyy-MM-dd HH:mm")),
                                   report.checkpoint->signerName)
                              .arg(report.checkpoint->auditSeq));
            if (!report.unattestedSentence.isEmpty())
                printLine(tr("checkpoint: %1").arg(report.unattestedSentence));
            for (const QString &problem : report.rowProblems)
                printLine(tr("audit row signatures: FAILED: %1").arg(problem));
            if (report.rowProblems.isEmpty() && report.signedRows > 0)
                printLine(tr("audit row signatures: ok (signed rows checked: %1)").arg(report.signedRows));
            if (!report.rowProblems.isEmpty())
                clean = false;
            if (!checkpointClean && parser.isSet(acceptChanges)) {
                auto accepted = AuditService(company).acceptChanges();
                if (!accepted.ok())
                    return fail(accepted.error());
                printLine(tr("checkpoint: the changes were accepted and a new checkpoint was signed"));
                checkpointClean = true;
            }
            clean = clean && checkpointClean;
        }
        auto stock = StockService::checkLevels(company.database());
        if (!stock.ok()) {
            clean = false;
            ++problems;
            failedChecks << QStringLiteral("stock_levels");
            printLine(tr("stock levels: FAILED: %1").arg(stock.error().message));
        } else if (!stock->isEmpty()) {
            clean = false;
            problems += static_cast<int>(stock->size());
            failedChecks << QStringLiteral("stock_levels");
            printLine(tr("stock levels: FAILED (%n problem(s))", nullptr, static_cast<int>(stock->size())));
            for (const StockProblem &problem : stock.value())
                printLine(QStringLiteral("  ") + problem.message);
        } else {
            printLine(tr("stock levels: ok (levels match the stock movements, none negative)"));
        }
        if (!clean) {
            // Recorded while the file can still be written; a damaged one may not.
            if (auto recorded = audit.recordVerifyFailure(problems, failedChecks, firstBadAuditRow);
                !recorded.ok())
                printError(tr("The failed check could not be written to the audit log: %1")
                               .arg(recorded.error().message));
        }
        printLine(clean ? tr("verify: no problems found") : tr("verify: problems found"));
        return clean ? ExitOk : ExitFailure;
    }
};

int verifyCommand(const QStringList &arguments)
{
    return VerifyCommand().execute(arguments);
}

class RekeyCommand : public SignedInCommand {
    QString synopsis() const override
    {
        return QStringLiteral("stockbook-cli rekey --db PATH --user NAME [--password-stdin]");
    }
    void addOptions() override { parser.addOptions({common.db, common.user, common.passwordStdin}); }
    QString missingSignIn() const override { return tr("rekey needs --db and --user."); }

    int run(CompanySession &company) override
    {
        auto recovery = KeyRotationService(company).rotateKey(password());
        if (!recovery.ok())
            return fail(recovery.error());
        printLine(tr("The company key was replaced; every user keeps their password. The old recovery key no "
                     "longer opens the company: write down the new one and destroy the old one."));
        printSecretLine(QStringLiteral("Recovery key"), recovery.value());
        return ExitOk;
    }
};

int rekeyCommand(const QStringList &arguments)
{
    return RekeyCommand().execute(arguments);
}

class BackupCommand : public SignedInCommand {
    const QCommandLineOption out{QStringLiteral("out"), tr("The backup file to write (never overwritten)."),
                                 QStringLiteral("FILE")};

    QString synopsis() const override
    {
        return QStringLiteral("stockbook-cli backup --db PATH --user NAME --out FILE [--password-stdin]");
    }
    void addOptions() override { parser.addOptions({common.db, common.user, out, common.passwordStdin}); }
    QString missingSignIn() const override { return tr("backup needs --db, --user and --out."); }
    int check() override { return parser.isSet(out) ? requireSignIn() : usage(missingSignIn()); }

    int run(CompanySession &company) override
    {
        // A company on a server is copied into a file first (MigrationService).
        auto written = company.isServer()
            ? MigrationService::backupServer(company, password(), parser.value(out))
            : BackupService(company).backup(parser.value(out));
        if (!written.ok())
            return fail(written.error());
        printLine(tr("Backup written and verified: %1").arg(written.value()));
        return ExitOk;
    }
};

int backupCommand(const QStringList &arguments)
{
    return BackupCommand().execute(arguments);
}

// restore --db URL: the backup onto a new database on a server, reached as
// a superuser (as server init is); the backup's administrator becomes its
// first login.
int restoreOntoServer(const QString &backup, const QString &url, const QString &admin, bool fileOnlyOptions,
                      PasswordSource &passwords)
{
    if (fileOnlyOptions)
        return usage(
            tr("Onto a server, restore takes --from, --db URL and --user ADMIN only: the database it "
               "makes is new, and the backup opens with its administrator's password."));
    if (admin.isEmpty())
        return usage(tr("restore needs --from, --db and --user (or --recovery-key)."));
    auto location = storage::Location::parse(url);
    if (!location.ok())
        return usage(location.error().message);
    const storage::ServerAddress &address = location->serverAddress();
    if (auto root = address.checkRootCertificate(); !root.ok())
        return fail(root.error());
    auto password = passwords.read(tr("Password for %1 at the time of the backup").arg(admin));
    if (!password.ok())
        return fail(password.error());
    SuperuserConnection server(address, address.user);
    if (auto connected = connectSuperuser(server, address, passwords); !connected.ok())
        return fail(connected.error());
    auto restored = MigrationService::restoreToServer(backup, admin, password.value(), server.db(),
                                                      address.database);
    if (!restored.ok())
        return fail(restored.error());
    const QString login = admin.trimmed().toLower();
    const QString workstation = workstationUrl(address, login);
    printLine(tr("Restored %1 from %2.").arg(workstation, backup));
    printLine(QStringLiteral("url: ") + workstation);
    if (!restored->usersWithoutPassword.isEmpty()) {
        printLine(QStringLiteral("users without a password: ") + restored->usersWithoutPassword.join(u", "));
        printLine(QStringLiteral("next step: stockbook-cli user reset-password --db %1 --user %2 NAME")
                      .arg(shellWord(workstation), shellWord(login)));
    }
    return ExitOk;
}

int restoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions common;
    const QCommandLineOption from(QStringLiteral("from"), tr("The backup file."), QStringLiteral("FILE"));
    const QCommandLineOption recoveryKey(QStringLiteral("recovery-key"),
                                         tr("Read the recovery key instead of a password."));
    const QCommandLineOption targetUser(
        QStringLiteral("target-user"),
        tr("An administrator of the company file that --db names now, when their password there is not the "
           "one that opens the backup (read after it)."),
        QStringLiteral("ADMIN"));
    const QCommandLineOption targetRecoveryKey(
        QStringLiteral("target-recovery-key"),
        tr("Read the recovery key of the company file that --db names now (after the backup's)."));
    const QCommandLineOption replaceOther(
        QStringLiteral("replace-other-company"),
        tr("Replace the company file even though the backup is of another company."));
    parser.addOptions({from, common.db, common.user, common.passwordStdin, recoveryKey, targetUser,
                       targetRecoveryKey, replaceOther});
    int code = ExitOk;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("stockbook-cli restore --from FILE --db PATH --user ADMIN [--password-stdin] "
                           "[--recovery-key] [--target-user ADMIN | --target-recovery-key] "
                           "[--replace-other-company]"),
            &code))
        return code;
    if (!parser.isSet(from) || !parser.isSet(common.db)
        || (!parser.isSet(common.user) && !parser.isSet(recoveryKey)))
        return usage(tr("restore needs --from, --db and --user (or --recovery-key)."));
    if (parser.isSet(targetUser) && parser.isSet(targetRecoveryKey))
        return usage(tr("Give --target-user or --target-recovery-key, not both."));
    PasswordSource passwords(parser.isSet(common.passwordStdin));
    if (CompanyService::isServerLocation(parser.value(common.db)))
        return restoreOntoServer(parser.value(from), parser.value(common.db), parser.value(common.user),
                                 parser.isSet(recoveryKey) || parser.isSet(targetUser)
                                     || parser.isSet(targetRecoveryKey) || parser.isSet(replaceOther),
                                 passwords);
    RestoreService::Request request;
    request.backupPath = parser.value(from);
    request.targetDbPath = parser.value(common.db);
    request.replaceOtherCompany = parser.isSet(replaceOther);
    if (parser.isSet(recoveryKey)) {
        auto key = passwords.read(tr("Recovery key"));
        if (!key.ok())
            return fail(key.error());
        request.backup = RestoreService::Credentials{QString(), std::move(key).value(), true};
    } else {
        auto password = passwords.read(
            tr("Password for %1 at the time of the backup").arg(parser.value(common.user)));
        if (!password.ok())
            return fail(password.error());
        request.backup = RestoreService::Credentials{parser.value(common.user), std::move(password).value(),
                                                     false};
    }
    if (parser.isSet(targetUser)) {
        auto password = passwords.read(
            tr("Password for %1 in %2 now").arg(parser.value(targetUser), parser.value(common.db)));
        if (!password.ok())
            return fail(password.error());
        request.target = RestoreService::Credentials{parser.value(targetUser), std::move(password).value(),
                                                     false};
    } else if (parser.isSet(targetRecoveryKey)) {
        auto key = passwords.read(tr("Recovery key of %1").arg(parser.value(common.db)));
        if (!key.ok())
            return fail(key.error());
        request.target = RestoreService::Credentials{QString(), std::move(key).value(), true};
    }
    auto restored = RestoreService::restore(request);
    if (!restored.ok()) {
        Error error = restored.error();
        if (error.field == RestoreService::FieldOtherCompany)
            error.message += QLatin1Char(' ')
                + tr("To replace it with this backup, add --replace-other-company.");
        else if (error.field == RestoreService::FieldTarget && !request.target
                 && (error.code == ErrorCode::WrongPassword || error.code == ErrorCode::PermissionDenied))
            error.message += QLatin1Char(' ')
                + tr("Name one of its administrators with --target-user, or use --target-recovery-key.");
        return fail(error);
    }
    printLine(tr("Restored %1 from %2.").arg(parser.value(common.db), parser.value(from)));
    if (!restored->keptAs.isEmpty())
        printLine(tr("The company file it replaced was kept as %1.").arg(restored->keptAs));
    return ExitOk;
}

} // namespace

namespace {

QList<Command> &registered()
{
    static QList<Command> list;
    return list;
}

} // namespace

CommandRegistration::CommandRegistration(const Command &command)
{
    registered().append(command);
}

QList<Command> commands()
{
    QList<Command> extra = registered();
    std::sort(extra.begin(), extra.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return QList<Command>{
               {QStringLiteral("init"),
                QT_TRANSLATE_NOOP("stockbook::cli",
                                  "create a company file, its key file and the first administrator"),
                &initCommand},
               {QStringLiteral("user"),
                QT_TRANSLATE_NOOP("stockbook::cli", "list, add and manage users (administrators)"),
                &userCommand},
               {QStringLiteral("passwd"), QT_TRANSLATE_NOOP("stockbook::cli", "change your own password"),
                &passwdCommand},
               {QStringLiteral("recover"),
                QT_TRANSLATE_NOOP("stockbook::cli", "set a new administrator password with the recovery key"),
                &recoverCommand},
               {QStringLiteral("verify"),
                QT_TRANSLATE_NOOP(
                    "stockbook::cli",
                    "check the database, its foreign keys, the audit chain and the stock levels"),
                &verifyCommand},
               {QStringLiteral("rekey"),
                QT_TRANSLATE_NOOP("stockbook::cli",
                                  "replace the company key and show a new recovery key (administrators)"),
                &rekeyCommand},
               {QStringLiteral("backup"),
                QT_TRANSLATE_NOOP("stockbook::cli", "write a verified, encrypted backup"), &backupCommand},
               {QStringLiteral("restore"),
                QT_TRANSLATE_NOOP("stockbook::cli", "restore a company file from a backup"), &restoreCommand},
           }
    + extra;
}

} // namespace stockbook::cli
