// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
//
// Files the command line writes for a person (report --out, CSV exports,
// backups): owner-only, never through a symbolic link, an existing file
// replaced only with --force. And the process itself: no core dump.
#include "CliDriver.h"
#include "ReportFixture.h"

#include "security/ProcessHardening.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stockbook;
using namespace stockbook::test;

namespace {

struct FileShop {
    ReportShop shop;
    CliCompany cli{shop.tc.path};
    QTemporaryDir dir;

    FileShop()
    {
        closeForCli(shop.tc);
        REQUIRE(dir.isValid());
    }

    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }

    CliRun report(const QString &out, bool force = false) const
    {
        QStringList arguments{QStringLiteral("report"),   QStringLiteral("stock-on-hand"),
                              QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"),    out};
        if (force)
            arguments << QStringLiteral("--force");
        return cli.as(QStringLiteral("anna"), arguments);
    }
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

mode_t modeOf(const QString &path)
{
    struct stat st { };
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("report --out creates an owner-only file and replaces an existing one only with --force")
{
    FileShop f;
    const QString out = f.path("onhand.csv");
    const CliRun first = f.report(out);
    REQUIRE(first.exitCode == 0);
    CHECK(modeOf(out) == 0600);
    CHECK(contents(out).contains("kind,sku,name"));

    put(out, "keep me\n");
    const CliRun again = f.report(out);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(out + QStringLiteral(" exists; add --force to replace it.")));
    CHECK(contents(out) == "keep me\n");

    // A file the user made 0644 comes back 0600 once replaced.
    REQUIRE(QFile::setPermissions(out,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    const CliRun forced = f.report(out, true);
    REQUIRE(forced.exitCode == 0);
    CHECK(contents(out).contains("kind,sku,name"));
    CHECK(modeOf(out) == 0600);
}

TEST_CASE("report --out, a CSV export and a backup never write through a symbolic link")
{
    FileShop f;
    const QString target = f.path("target.csv");
    put(target, "untouched\n");
    const QString link = f.path("link.csv");
    REQUIRE(QFile::link(target, link));
    const QString dangling = f.path("dangling.csv");
    const QString missing = f.path("missing.csv");
    REQUIRE(QFile::link(missing, dangling));

    for (const QString &path : {link, dangling}) {
        INFO(path.toStdString());
        const CliRun r = f.report(path, true);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(path
                             + QStringLiteral(" is a symbolic link; Stockbook never writes through one.")));
        const CliRun e = f.cli.as(
            QStringLiteral("anna"),
            {QStringLiteral("product"), QStringLiteral("export"), path, QStringLiteral("--force")});
        CHECK(e.exitCode == 1);
        CHECK(e.err.contains(QStringLiteral(" is a symbolic link")));
        const CliRun b = f.cli.as(QStringLiteral("anna"),
                                  {QStringLiteral("backup"), QStringLiteral("--out"), path});
        CHECK(b.exitCode == 1);
        CHECK(b.err.contains(QStringLiteral(" is a symbolic link")));
    }
    CHECK(contents(target) == "untouched\n");
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(QFileInfo(dangling).isSymLink());
}

TEST_CASE("a CSV export and a backup are owner-only, and the export refuses an existing file without --force")
{
    FileShop f;
    const QString csv = f.path("products.csv");
    const CliRun first = f.cli.as(QStringLiteral("anna"),
                                  {QStringLiteral("product"), QStringLiteral("export"), csv});
    REQUIRE(first.exitCode == 0);
    CHECK(modeOf(csv) == 0600);
    const CliRun again = f.cli.as(QStringLiteral("anna"),
                                  {QStringLiteral("product"), QStringLiteral("export"), csv});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(csv + QStringLiteral(" exists; add --force to replace it.")));
    const CliRun forced = f.cli.as(
        QStringLiteral("anna"),
        {QStringLiteral("product"), QStringLiteral("export"), csv, QStringLiteral("--force")});
    CHECK(forced.exitCode == 0);

    const QString backup = f.path("shop.sbk-backup");
    const CliRun b = f.cli.as(QStringLiteral("anna"),
                              {QStringLiteral("backup"), QStringLiteral("--out"), backup});
    REQUIRE(b.exitCode == 0);
    CHECK(modeOf(backup) == 0600);
}

TEST_CASE("stockbook-cli has no core dump while it waits for a password")
{
    FileShop f;
    // The child inherits this process's limits: start it with core dumps
    // allowed as far as the hard limit lets, so that "0 0" is its own doing.
    struct rlimit inherited { };
    REQUIRE(::getrlimit(RLIMIT_CORE, &inherited) == 0);
    if (inherited.rlim_max == 0)
        WARN("The core file limit is already 0 here; the check below cannot fail.");
    inherited.rlim_cur = inherited.rlim_max;
    REQUIRE(::setrlimit(RLIMIT_CORE, &inherited) == 0);
    QProcess p;
    // Standard input stays open and empty: the command waits for the password.
    p.start(QStringLiteral(STOCKBOOK_CLI),
            {QStringLiteral("verify"), QStringLiteral("--db"), f.cli.db, QStringLiteral("--user"),
             QStringLiteral("anna"), QStringLiteral("--password-stdin")});
    REQUIRE(p.waitForStarted());
    const QString proc = QStringLiteral("/proc/%1/").arg(p.processId());
    // hardenProcess() runs first in main(); give the process time to get there.
    QByteArray limits;
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains("0                    0"); ++i) {
        QThread::msleep(20);
        QFile file(proc + QStringLiteral("limits"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        limits = file.readAll();
        for (const QByteArray &l : limits.split('\n'))
            if (l.startsWith("Max core file size"))
                line = l.simplified();
    }
    INFO(limits.toStdString());
    CHECK(line == "Max core file size 0 0 bytes");
    if (::geteuid() != 0) {
        // A non-dumpable process's /proc files belong to root.
        struct stat st { };
        REQUIRE(::stat(QFile::encodeName(proc + QStringLiteral("status")).constData(), &st) == 0);
        CHECK(st.st_uid == 0);
    }
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() != 0); // no password given
}

// Last: it turns core dumps off for this test process too.
TEST_CASE("hardenProcess turns core dumps off for the calling process")
{
    REQUIRE(security::hardenProcess());
    struct rlimit core { };
    REQUIRE(::getrlimit(RLIMIT_CORE, &core) == 0);
    CHECK(core.rlim_cur == 0);
    CHECK(core.rlim_max == 0);
    CHECK(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
}
