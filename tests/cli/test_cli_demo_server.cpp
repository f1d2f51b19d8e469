// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// stockbook-cli demo --db URL against a real PostgreSQL 15 started for each
// case: the demo company made on the server, its printed logins, verify, the
// reports against the same demo in a file, and the refusals before anything
// is made.
#include "CliDriver.h"
#include "PgCluster.h"
#include "TestSupport.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace stockbook;
using namespace stockbook::test;

namespace {

const QString SuperPassword = QStringLiteral("granite-meadow-pilot-77");
const QString PlainPassword = QStringLiteral("copper-willow-tide-35");

// Making the demo company takes a while on a busy machine.
CliRun cli(const QStringList &arguments, const QString &input = {})
{
    CliOptions options;
    options.lang = QStringLiteral("C.UTF-8");
    options.timeoutMs = 600000;
    return runCli(arguments, input, options);
}

// Statements of the test's own set-up, with constants only.
void superuserRuns(PgCluster &cluster, const QStringList &statements)
{
    QSqlDatabase super = cluster.superuserConnection();
    REQUIRE(super.open());
    {
        QSqlQuery q(super);
        for (const QString &sql : statements) {
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
    }
    super.close();
}

bool exists(PgCluster &cluster, const QString &sql, const QString &name)
{
    QSqlDatabase super = cluster.superuserConnection();
    REQUIRE(super.open());
    bool found = false;
    {
        QSqlQuery q(super);
        REQUIRE(q.prepare(sql));
        q.addBindValue(name);
        REQUIRE(q.exec());
        found = q.next();
    }
    super.close();
    return found;
}

bool databaseExists(PgCluster &cluster, const QString &name)
{
    return exists(cluster, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), name);
}

QMap<QString, QString> loginsOf(const QString &out)
{
    QMap<QString, QString> passwords;
    const QRegularExpression login(QStringLiteral("^Login: (\\w+) / (\\S+)$"),
                                   QRegularExpression::MultilineOption);
    for (auto it = login.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        passwords.insert(m.captured(1), m.captured(2));
    }
    return passwords;
}

CliRun as(const QString &db, const QString &user, const QString &password, QStringList arguments)
{
    arguments << QStringLiteral("--db") << db << QStringLiteral("--user") << user
              << QStringLiteral("--password-stdin");
    return cli(arguments, password + QLatin1Char('\n'));
}

// The temporary folder of the programs run from here, for the time of a scope.
class TemporaryFolderOfChildren {
public:
    explicit TemporaryFolderOfChildren(const QString &path)
        : m_had(qEnvironmentVariableIsSet("TMPDIR")), m_old(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", path.toLocal8Bit());
    }
    ~TemporaryFolderOfChildren()
    {
        if (m_had)
            qputenv("TMPDIR", m_old);
        else
            qunsetenv("TMPDIR");
    }
    TemporaryFolderOfChildren(const TemporaryFolderOfChildren &) = delete;
    TemporaryFolderOfChildren &operator=(const TemporaryFolderOfChildren &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("demo --db URL makes the demo company on the server: its printed logins sign in over TLS, verify "
          "finds no problems, its reports equal the file demo's and no file is left behind")
{
    PgCluster cluster;
    // The superuser needs a password over TCP (the socket stays trust).
    superuserRuns(cluster, {QStringLiteral("ALTER ROLE postgres PASSWORD '%1'").arg(SuperPassword)});

    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    CliRun made;
    {
        const TemporaryFolderOfChildren tmp(scratch.path());
        made = cli({QStringLiteral("demo"), QStringLiteral("--db"),
                    cluster.userUrl(QStringLiteral("postgres"), QStringLiteral("demo")),
                    QStringLiteral("--password-stdin")},
                   SuperPassword + QLatin1Char('\n'));
    }
    INFO("stdout: " << made.out.toStdString() << "\nstderr: " << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    // The demo's file, its key file and its folder are gone.
    CHECK(QDir(scratch.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK_FALSE(made.out.contains(SuperPassword));
    CHECK_FALSE(made.err.contains(SuperPassword));

    const QStringList lines = made.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0).startsWith(
        QStringLiteral("Made %1: 300 products, 60 customers, 12 suppliers, ")
            .arg(cluster.userUrl(QStringLiteral("postgres"), QStringLiteral("demo")))));
    const QString url =
        QStringLiteral("postgresql://admin@localhost:%1/demo?sslmode=verify-full").arg(cluster.port());
    CHECK(lines.at(1) == QStringLiteral("url: ") + url);
    CHECK(lines.at(2).startsWith(QStringLiteral("No recovery key: a company on a server has none")));
    CHECK_FALSE(made.out.contains(QStringLiteral("Recovery key:")));
    const QMap<QString, QString> passwords = loginsOf(made.out);
    REQUIRE(passwords.keys()
            == QStringList{QStringLiteral("admin"), QStringLiteral("clerk"), QStringLiteral("manager")});
    CHECK(lines.at(3).startsWith(QStringLiteral("Login: admin / ")));
    CHECK(lines.at(4).startsWith(QStringLiteral("Login: manager / ")));
    CHECK(lines.at(5).startsWith(QStringLiteral("Login: clerk / ")));

    const QRegularExpression summary(
        QStringLiteral("(\\d+) purchases, 2000 sales \\((\\d+) voided\\), (\\d+) credit notes"));
    const auto counts = summary.match(lines.at(0));
    REQUIRE(counts.hasMatch());
    const int purchases = counts.captured(1).toInt();
    const int creditNotes = counts.captured(3).toInt();

    const auto urlOf = [&](const QString &user) { return cluster.userUrl(user, QStringLiteral("demo")); };
    // The printed url, with the test's root certificate, opens it as admin.
    const CliRun adminVerify = as(url + QStringLiteral("&sslrootcert=") + cluster.rootCertificate(),
                                  QStringLiteral("admin"), passwords.value(QStringLiteral("admin")),
                                  {QStringLiteral("verify")});
    INFO("verify: " << adminVerify.out.toStdString() << adminVerify.err.toStdString());
    CHECK(adminVerify.exitCode == 0);
    CHECK(adminVerify.out.contains(QStringLiteral("database integrity and foreign keys: kept by the server "
                                                  "(PostgreSQL checks them on every write)\n")));
    CHECK(adminVerify.out.contains(
        QStringLiteral("stock levels: ok (levels match the stock movements, none negative)\n")));
    CHECK(adminVerify.out.endsWith(QStringLiteral("verify: no problems found\n")));
    CHECK_FALSE(adminVerify.out.contains(QStringLiteral("FAILED")));

    // The clerk sees every invoice: the purchases, 2000 sales and the credit notes.
    const CliRun listed = as(urlOf(QStringLiteral("clerk")), QStringLiteral("clerk"),
                             passwords.value(QStringLiteral("clerk")),
                             {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("100000")});
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == purchases + 2000 + creditNotes);

    // Each login has its own password: the manager's is not the clerk's.
    const CliRun wrong = as(urlOf(QStringLiteral("manager")), QStringLiteral("manager"),
                            passwords.value(QStringLiteral("clerk")), {QStringLiteral("verify")});
    CHECK(wrong.exitCode == 3);

    // The same demo in a file: the data follow a fixed seed and dates
    // relative to today, so the reports agree byte for byte.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("demo.stockbook"));
    const CliRun fileDemo = cli({QStringLiteral("demo"), QStringLiteral("--db"), file});
    REQUIRE(fileDemo.exitCode == 0);
    const QMap<QString, QString> filePasswords = loginsOf(fileDemo.out);
    const QString from = QDate::currentDate().addDays(-400).toString(Qt::ISODate);
    const QString to = QDate::currentDate().toString(Qt::ISODate);
    const QList<QStringList> reports{{QStringLiteral("report"), QStringLiteral("sales"),
                                      QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                                      QStringLiteral("--period"), QStringLiteral("month"),
                                      QStringLiteral("--format"), QStringLiteral("csv")},
                                     {QStringLiteral("report"), QStringLiteral("stock-value-by-category"),
                                      QStringLiteral("--format"), QStringLiteral("csv")}};
    for (const QStringList &report : reports) {
        INFO(report.join(QLatin1Char(' ')).toStdString());
        const CliRun onServer = as(urlOf(QStringLiteral("manager")), QStringLiteral("manager"),
                                   passwords.value(QStringLiteral("manager")), report);
        const CliRun inFile = as(file, QStringLiteral("manager"),
                                 filePasswords.value(QStringLiteral("manager")), report);
        REQUIRE(onServer.exitCode == 0);
        REQUIRE(inFile.exitCode == 0);
        // A header, the rows (thirteen or fourteen months of sales; eight
        // categories) and the totals.
        CHECK(onServer.out.count(QLatin1Char('\n')) >= 10);
        CHECK(onServer.bytes == inFile.bytes);
    }
}

TEST_CASE("demo --db URL refuses a database or a demo login that exists on the server before it makes "
          "anything")
{
    PgCluster cluster;
    superuserRuns(cluster,
                  {QStringLiteral("CREATE DATABASE taken"), QStringLiteral("CREATE ROLE clerk LOGIN")});

    // The exit status of server init for the same case.
    const CliRun database = cli(
        {QStringLiteral("demo"), QStringLiteral("--db"), cluster.superuserUrl(QStringLiteral("taken"))});
    CHECK(database.exitCode == 1);
    CHECK(database.out.isEmpty());
    CHECK(database.err.contains(QStringLiteral("The database taken exists on this server already.")));
    CHECK(database.err.contains(QStringLiteral("postgresql://HOST/OTHERNAME")));
    // Refused before the demo was begun: no progress line.
    CHECK_FALSE(database.err.contains(QStringLiteral("Making the demo company")));

    const CliRun role = cli(
        {QStringLiteral("demo"), QStringLiteral("--db"), cluster.superuserUrl(QStringLiteral("fresh"))});
    CHECK(role.exitCode == 1);
    CHECK(role.out.isEmpty());
    CHECK(role.err.contains(QStringLiteral("The role clerk exists on this server already.")));
    CHECK_FALSE(role.err.contains(QStringLiteral("Making the demo company")));
    CHECK_FALSE(databaseExists(cluster, QStringLiteral("fresh")));
    CHECK_FALSE(
        exists(cluster, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), QStringLiteral("admin")));
}

TEST_CASE("demo --db URL as a login that is no superuser, with a wrong password or without a server is "
          "refused")
{
    PgCluster cluster;
    superuserRuns(cluster,
                  {QStringLiteral("ALTER ROLE postgres PASSWORD '%1'").arg(SuperPassword),
                   QStringLiteral("CREATE ROLE plainlogin LOGIN PASSWORD '%1'").arg(PlainPassword)});

    const CliRun plain = cli({QStringLiteral("demo"), QStringLiteral("--db"),
                              cluster.userUrl(QStringLiteral("plainlogin"), QStringLiteral("mine")),
                              QStringLiteral("--password-stdin")},
                             PlainPassword + QLatin1Char('\n'));
    CHECK(plain.exitCode == 4);
    CHECK(plain.err.contains(QStringLiteral("The server account plainlogin is not a superuser")));
    CHECK(plain.out.isEmpty());

    const CliRun wrongPassword = cli({QStringLiteral("demo"), QStringLiteral("--db"),
                                      cluster.userUrl(QStringLiteral("postgres"), QStringLiteral("mine")),
                                      QStringLiteral("--password-stdin")},
                                     QStringLiteral("not-the-password-1\n"));
    CHECK(wrongPassword.exitCode == 3);
    CHECK(wrongPassword.err.contains(QStringLiteral("The server refused the password of postgres.")));

    // The server asks for a password and standard input has none.
    const CliRun noPassword = cli({QStringLiteral("demo"), QStringLiteral("--db"),
                                   cluster.userUrl(QStringLiteral("postgres"), QStringLiteral("mine")),
                                   QStringLiteral("--password-stdin")});
    CHECK(noPassword.exitCode == 1);
    CHECK(noPassword.err.contains(QStringLiteral("Password of the server's superuser postgres")));
    CHECK_FALSE(databaseExists(cluster, QStringLiteral("mine")));

    // Nothing listens on the socket of a cluster that is not running.
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    const CliRun noServer = cli(
        {QStringLiteral("demo"), QStringLiteral("--db"),
         QStringLiteral("postgresql://postgres@:%1/mine?host=%2").arg(cluster.port()).arg(empty.path())});
    CHECK(noServer.exitCode == 1);
    CHECK(noServer.out.isEmpty());
    CHECK(noServer.err.contains(QStringLiteral("stockbook-cli: ")));
    CHECK_FALSE(noServer.err.contains(QStringLiteral("Making the demo company")));
}

TEST_CASE("demo --help names the server URL form and --password-stdin")
{
    const CliRun help = cli({QStringLiteral("demo"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--db PATH|URL")));
    CHECK(help.out.contains(QStringLiteral("postgresql://[SUPERUSER@]HOST[:PORT]/DBNAME")));
    CHECK(help.out.contains(QStringLiteral("--password-stdin")));
}
