// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// A company moved from its file onto a PostgreSQL server and back
// (MigrationService): the reports on each are the golden files, whose
// figures are worked out by hand (tests/golden/README.md), every table's rows
// come back as they were, and a refused move leaves nothing on the server.
#include "Golden.h"
#include "GoldenFilters.h"
#include "GoldenShop.h"

#include "services/maintenance/MigrationService.h"
#include "services/reports/ReportService.h"
#include "services/reports/output/ReportFormat.h"
#include "storage/TableCopy.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace stockbook;
using namespace stockbook::test;

namespace {

// Every golden report case, run on company, must give its golden file.
int checkGoldenReports(CompanySession &company)
{
    ReportService reports(company);
    int compared = 0;
    for (const GoldenCase &c : goldenCases()) {
        if (c.arguments.value(0) != QLatin1String("report")
            || !ReportService::reportNames().contains(c.arguments.value(1)))
            continue;
        INFO("golden case " << c.name.toStdString() << " on " << company.path().toStdString());
        auto table = reports.run(c.arguments.value(1), goldenFilters(c.arguments));
        REQUIRE_OK(table);
        checkGolden(c.name, reportCsv(table.value(), CsvDecimal::Dot));
        ++compared;
    }
    return compared;
}

// A table's rows as text, in key order, without the columns named.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QString &order,
                   const QStringList &without = {})
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i) {
        if (!without.contains(record.fieldName(i)))
            columns << record.fieldName(i);
    }
    columns.sort();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(u", "), table, order)));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            cells << (v.isNull() ? QStringLiteral("NULL")
                          : v.metaType().id() == QMetaType::QByteArray
                          ? QString::fromLatin1(v.toByteArray().toHex())
                          : v.toString());
        }
        rows << cells.join(u'|');
    }
    return rows;
}

QString orderOf(const QString &table)
{
    static const QHash<QString, QString> keys{
        {QStringLiteral("audit_logs"), QStringLiteral("seq")},
        {QStringLiteral("role_permissions"), QStringLiteral("role_id, permission")},
        {QStringLiteral("stock_levels"), QStringLiteral("product_id, warehouse_id")},
        {QStringLiteral("settings"), QStringLiteral("key")},
        {QStringLiteral("number_sequences"), QStringLiteral("series, year")}};
    return keys.value(table, QStringLiteral("id"));
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

SecretBytes bytes(const QByteArray &text)
{
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(text.constData()), std::size_t(text.size())});
}

} // namespace

TEST_CASE(
    "a company moved from its file to a server and back gives the golden reports on each and the same rows "
    "in every table")
{
    GoldenShop shop; // on a file: this program does not run with STOCKBOOK_TEST_ENGINE
    REQUIRE_FALSE(shop.tc.cluster);
    CompanySession &file = *shop.tc.company;
    shop.tc.actAs(QStringLiteral("admin"));
    const QSqlDatabase fileDb = file.database().connection();
    qint64 fileRows = 0;
    for (const QString &table : storage::TableCopy::companyTables())
        fileRows += count(fileDb, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    const qint64 fileAuditRows = count(fileDb, QStringLiteral("SELECT count(*) FROM audit_logs"));
    REQUIRE(fileRows > 100);

    PgCluster cluster;
    QSqlDatabase super = cluster.superuserConnection();
    REQUIRE(super.open());
    auto moved = MigrationService::toServer(file, TestCompany::password(), super, QStringLiteral("moved"));
    REQUIRE_OK(moved);
    CHECK(moved->rows == fileRows);
    CHECK(moved->usersWithoutPassword == QStringList{QStringLiteral("max"), QStringLiteral("cleo")});

    // On the server: the administrator's password is the one of the file;
    // the clerk's old password opens nothing.
    const QString url = cluster.userUrl(QStringLiteral("anna"), QStringLiteral("moved"));
    auto onServer = CompanyService::signIn(url, QStringLiteral("anna"), TestCompany::password());
    REQUIRE_OK(onServer);
    REQUIRE(onServer.value()->isServer());
    CHECK(checkGoldenReports(*onServer.value()) >= 10);
    const QByteArray cleoPassword = shop.tc.passwords.value(QStringLiteral("cleo"));
    REQUIRE_FALSE(cleoPassword.isEmpty());
    REQUIRE_ERROR(CompanyService::signIn(cluster.userUrl(QStringLiteral("cleo"), QStringLiteral("moved")),
                                         QStringLiteral("cleo"), bytes(cleoPassword)),
                  ErrorCode::WrongPassword);
    // Each user is a login in the group of their role; ids go on after the copied ones.
    QSqlDatabase movedDb = cluster.superuserConnection(QStringLiteral("moved"));
    REQUIRE(movedDb.open());
    CHECK(count(movedDb,
                QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = "
                               "a.member JOIN pg_roles g ON g.oid = a.roleid WHERE (m.rolname, "
                               "g.rolname) IN (('anna', 'moved_admin'), ('max', 'moved_manager'), "
                               "('cleo', 'moved_clerk'))"))
          == 3);
    const qint64 lastProduct = count(movedDb, QStringLiteral("SELECT max(id) FROM products"));
    {
        QSqlQuery q(movedDb);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO categories (name, created_at) VALUES ('New', "
                                      "'2025-05-01T09:00:00.000Z') RETURNING id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() > count(fileDb, QStringLiteral("SELECT max(id) FROM categories")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM categories WHERE name = 'New'")));
    }
    CHECK(lastProduct == count(fileDb, QStringLiteral("SELECT max(id) FROM products")));
    movedDb.close();

    // And back into a new file.
    const QString backPath = shop.tc.dir.filePath(QStringLiteral("back.stockbook"));
    auto back = MigrationService::toFile(*onServer.value(), TestCompany::password(), backPath);
    REQUIRE_OK(back);
    CHECK(back->usersWithoutPassword == QStringList{QStringLiteral("max"), QStringLiteral("cleo")});
    back->company.company.reset();
    auto reopened = CompanyService::signIn(backPath, QStringLiteral("anna"), TestCompany::password());
    REQUIRE_OK(reopened);
    CHECK(reopened.value()->signInFindings().isEmpty());
    CHECK(checkGoldenReports(*reopened.value()) >= 10);
    REQUIRE_ERROR(CompanyService::signIn(backPath, QStringLiteral("cleo"), bytes(cleoPassword)),
                  ErrorCode::WrongPassword);

    const QSqlDatabase backDb = reopened.value()->database().connection();
    for (const QString &table : storage::TableCopy::companyTables()) {
        INFO("table " << table.toStdString());
        if (table == QLatin1String("audit_checkpoints"))
            continue; // signed with the keys the first file keeps
        QStringList without;
        if (table == QLatin1String("users"))
            without = {QStringLiteral("keyslot_hash"), QStringLiteral("updated_at"),
                       QStringLiteral("last_login_at"), QStringLiteral("failed_logins"),
                       QStringLiteral("locked_until")};
        if (table == QLatin1String("audit_logs"))
            without = {QStringLiteral("signature"), QStringLiteral("signer_user_id")};
        const QStringList before = rowsOf(fileDb, table, orderOf(table), without);
        const QStringList after = rowsOf(backDb, table, orderOf(table), without);
        if (table == QLatin1String("audit_logs")) {
            // The same history, then the move onto the server, the sign-ins
            // there and the move back.
            REQUIRE(after.size() > before.size());
            CHECK(after.mid(0, before.size()) == before);
            CHECK(after.filter(QRegularExpression(QStringLiteral("^company\\.migrate\\|"))).size()
                  == 2); // action sorts first
        } else {
            CHECK(after == before);
        }
    }
    CHECK(count(backDb, QStringLiteral("SELECT count(*) FROM audit_logs")) > fileAuditRows);
}

TEST_CASE(
    "a move onto a server is refused to a clerk, onto a database that exists and with a user name no login "
    "can have, and leaves nothing behind")
{
    TestCompany tc;
    REQUIRE_FALSE(tc.cluster);
    PgCluster cluster;
    QSqlDatabase super = cluster.superuserConnection();
    REQUIRE(super.open());
    auto roleCount = [&] {
        return count(super,
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('anna', 'max', 'cleo') "
                                    "OR rolname LIKE 'moved%'"));
    };
    auto databaseCount = [&] {
        return count(super, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'moved%'"));
    };

    tc.actAs(QStringLiteral("clerk"));
    REQUIRE_ERROR(
        MigrationService::toServer(*tc.company, TestCompany::password(), super, QStringLiteral("moved")),
        ErrorCode::PermissionDenied);
    CHECK(databaseCount() == 0);

    tc.actAs(QStringLiteral("admin"));
    {
        QSqlQuery q(super);
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE moved_taken")));
    }
    REQUIRE_ERROR(MigrationService::toServer(*tc.company, TestCompany::password(), super,
                                             QStringLiteral("moved_taken")),
                  ErrorCode::FileExists);
    CHECK(databaseCount() == 1); // the existing one, untouched
    CHECK(roleCount() == 0);

    // bob@shop is a user name on a file; a login has no @.
    REQUIRE_OK(
        UsersService(*tc.company).create({QStringLiteral("bob@shop"), QStringLiteral("clerk"), {}, {}}));
    auto refused = MigrationService::toServer(*tc.company, TestCompany::password(), super,
                                              QStringLiteral("moved"));
    REQUIRE_ERROR(refused, ErrorCode::InvalidArgument);
    CHECK(refused.error().message.contains(QStringLiteral("bob@shop")));
    CHECK(databaseCount() == 1);
    CHECK(roleCount() == 0);
}
