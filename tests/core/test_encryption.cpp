// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "TestSupport.h"

#include "storage/SqlError.h"

#include <sqlcipher/sqlite3.h>

#include <QFile>

#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <array>

using namespace stockbook;
using namespace stockbook::test;
using storage::Database;

namespace {

const QString Marker = QStringLiteral("CONFIDENTIAL-CUSTOMER-Mustermann-4711");

// A file with enough rows to span a few hundred pages.
void writeRows(TempDatabase &t, int rows)
{
    QSqlDatabase db = t.db->connection();
    exec(db, QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
    REQUIRE(db.transaction());
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO note (body) VALUES (?)")));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("%1 #%2 %3").arg(Marker).arg(i).arg(QString(200, QLatin1Char('x'))));
        REQUIRE(q.exec());
    }
    REQUIRE(db.commit());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("the file has no SQLite header and no plaintext of what was written")
{
    TempDatabase t(false);
    writeRows(t, 200);
    // The write-ahead log holds the same pages, encrypted too.
    const QByteArray wal = readAll(t.path + QStringLiteral("-wal"));
    CHECK(wal.size() > 0);
    CHECK_FALSE(wal.contains(Marker.toUtf8()));
    CHECK_FALSE(wal.contains("CREATE TABLE"));
    t.close();

    const QByteArray bytes = readAll(t.path);
    REQUIRE(bytes.size() >= 10 * 4096);
    CHECK(bytes.size() % 4096 == 0);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains(Marker.toUtf8()));
    CHECK_FALSE(bytes.contains("Mustermann"));
    CHECK_FALSE(bytes.contains("CREATE TABLE"));
    CHECK_FALSE(bytes.contains("note"));
}

TEST_CASE("the data reads back with the right key after reopening")
{
    TempDatabase t(false);
    writeRows(t, 50);
    t.close();
    auto db = Database::open(t.path, t.key, Database::Mode::ReadOnly);
    REQUIRE_OK(db);
    QSqlQuery q = exec(db.value()->connection(), QStringLiteral("SELECT count(*), min(body) FROM note"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 50);
    CHECK(q.value(1).toString().startsWith(Marker));
}

TEST_CASE("a wrong key gets its own error")
{
    TempDatabase t(false);
    writeRows(t, 5);
    t.close();
    SecretBytes wrong = SecretBytes::random(32);
    REQUIRE_ERROR(Database::open(t.path, wrong), ErrorCode::WrongKey);
    // The refused attempt changed nothing: the right key still opens it.
    REQUIRE_OK(Database::open(t.path, t.key, Database::Mode::ReadOnly));
}

TEST_CASE("a key of the wrong length is refused before the file is touched")
{
    TempDatabase t(false);
    t.close();
    SecretBytes shortKey = SecretBytes::random(16);
    REQUIRE_ERROR(Database::open(t.path, shortKey), ErrorCode::InvalidArgument);
}

TEST_CASE("a plain SQLite file gets its own error")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    sqlite3 *plain = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &plain) == SQLITE_OK);
    REQUIRE(sqlite3_exec(plain, "CREATE TABLE x (a); INSERT INTO x VALUES (1);", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(plain);
    REQUIRE(readAll(path).startsWith("SQLite format 3"));

    SecretBytes key = SecretBytes::random(32);
    REQUIRE_ERROR(Database::open(path, key), ErrorCode::PlainDatabase);
    // Untouched: still the same plain file.
    CHECK(readAll(path).startsWith("SQLite format 3"));
}

TEST_CASE("an empty file, a text file and a file of zeros are not databases")
{
    QTemporaryDir dir;
    SecretBytes key = SecretBytes::random(32);
    const QString empty = dir.filePath(QStringLiteral("empty.stockbook"));
    writeAll(empty, {});
    REQUIRE_ERROR(Database::open(empty, key), ErrorCode::NotADatabase);

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QByteArray lines;
    for (int i = 0; i < 500; ++i)
        lines += "Invoice " + QByteArray::number(i) + " paid in cash.\n";
    writeAll(text, lines);
    REQUIRE_ERROR(Database::open(text, key), ErrorCode::NotADatabase);

    const QString zeros = dir.filePath(QStringLiteral("zeros.stockbook"));
    writeAll(zeros, QByteArray(8 * 4096, '\0'));
    REQUIRE_ERROR(Database::open(zeros, key), ErrorCode::NotADatabase);
    CHECK(readAll(zeros) == QByteArray(8 * 4096, '\0'));
}

TEST_CASE("a missing file and an existing target each get their own error")
{
    QTemporaryDir dir;
    SecretBytes key = SecretBytes::random(32);
    REQUIRE_ERROR(Database::open(dir.filePath(QStringLiteral("nowhere.stockbook")), key),
                  ErrorCode::FileNotFound);
    const QString existing = dir.filePath(QStringLiteral("taken.stockbook"));
    writeAll(existing, "keep me");
    REQUIRE_ERROR(Database::create(existing, key), ErrorCode::FileExists);
    CHECK(readAll(existing) == "keep me");
    REQUIRE_ERROR(Database::create(dir.filePath(QStringLiteral("no/such/folder/x.stockbook")), key),
                  ErrorCode::Io);
}

TEST_CASE("a truncated file gets its own error, cut mid-page or at a page boundary")
{
    TempDatabase t(false);
    writeRows(t, 400);
    t.close();
    const QByteArray whole = readAll(t.path);
    REQUIRE(whole.size() > 20 * 4096);

    SECTION("cut inside a page")
    {
        writeAll(t.path, whole.left(whole.size() / 2 + 1000));
        REQUIRE_ERROR(Database::open(t.path, t.key), ErrorCode::Truncated);
    }
    SECTION("cut at a page boundary")
    {
        writeAll(t.path, whole.left((whole.size() / 4096 / 2) * 4096));
        REQUIRE_ERROR(Database::open(t.path, t.key), ErrorCode::Truncated);
    }
    SECTION("only part of the first page left")
    {
        writeAll(t.path, whole.left(1500));
        REQUIRE_ERROR(Database::open(t.path, t.key), ErrorCode::Truncated);
    }
}

TEST_CASE("a flipped byte inside a data page is reported as damage, not read")
{
    TempDatabase t(false);
    writeRows(t, 400);
    t.close();
    QByteArray bytes = readAll(t.path);
    const qsizetype pages = bytes.size() / 4096;
    REQUIRE(pages > 20);
    // A page in the middle of the table's data, a byte in its encrypted body.
    const qsizetype offset = (pages / 2) * 4096 + 1234;
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x01);
    writeAll(t.path, bytes);

    auto opened = Database::open(t.path, t.key, Database::Mode::ReadOnly);
    REQUIRE_OK(opened); // the first page is intact
    QSqlQuery q(opened.value()->connection());
    q.setForwardOnly(true);
    REQUIRE(q.exec(QStringLiteral("SELECT body FROM note ORDER BY id")));
    int rows = 0;
    while (q.next())
        ++rows;
    CHECK(rows < 400);
    REQUIRE(q.lastError().isValid());
    const Error e = storage::errorFromSql(q.lastError());
    CHECK(e.code == ErrorCode::Damaged);
    CHECK(e.message.contains(QStringLiteral("backup")));

    REQUIRE_ERROR(opened.value()->checkIntegrity(), ErrorCode::Damaged);
}

namespace {

// The VmFlags of the mapping in /proc/self/smaps that holds address, as a set
// of two-letter flags ("dd" = MADV_DONTDUMP, "lo" = locked).
QStringList vmFlagsOf(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    REQUIRE(smaps.open(QIODevice::ReadOnly | QIODevice::Text));
    const auto where = reinterpret_cast<quintptr>(address);
    bool inside = false;
    for (const QByteArray &raw : smaps.readAll().split('\n')) {
        const QString line = QString::fromLatin1(raw);
        const QString first = line.section(QLatin1Char(' '), 0, 0);
        if (first.contains(QLatin1Char('-')) && !first.endsWith(QLatin1Char(':'))) {
            bool okStart = false;
            bool okEnd = false;
            const quintptr start = first.section(QLatin1Char('-'), 0, 0).toULongLong(&okStart, 16);
            const quintptr end = first.section(QLatin1Char('-'), 1, 1).toULongLong(&okEnd, 16);
            inside = okStart && okEnd && start <= where && where < end;
        } else if (inside && line.startsWith(QLatin1String("VmFlags:"))) {
            return line.mid(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    FAIL("no mapping in /proc/self/smaps holds the address");
    return {};
}

// AddressSanitizer replaces mlock() with a no-op that reports success, so in
// its build a lock can be neither seen in smaps nor refused.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool MlockIsReal = false;
#else
constexpr bool MlockIsReal = true;
#endif

bool mlockShouldSucceed()
{
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_MEMLOCK, &limit) == 0);
    // root has CAP_IPC_LOCK; otherwise a page fits in the default 8 MiB.
    return geteuid() == 0 || limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= 1024 * 1024;
}

} // namespace

TEST_CASE("secret bytes are left out of core dumps and locked in memory")
{
    const std::uint64_t failuresBefore = SecretBytes::lockFailures();
    SecretBytes key = SecretBytes::random(32);
    REQUIRE(key.size() == 32);
    const QStringList flags = vmFlagsOf(key.data());
    CHECK(flags.contains(QStringLiteral("dd")));
    if (MlockIsReal && mlockShouldSucceed()) {
        CHECK(key.isLocked());
        CHECK(flags.contains(QStringLiteral("lo")));
        CHECK(SecretBytes::lockFailures() == failuresBefore);
    }

    // A move keeps the same pages, still marked; the moved-from object is empty.
    const std::uint8_t first = key.data()[0];
    SecretBytes moved = std::move(key);
    CHECK(key.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is defined empty
    CHECK(moved.data()[0] == first);
    CHECK(vmFlagsOf(moved.data()).contains(QStringLiteral("dd")));

    // A secret larger than a page is marked on every page it spans.
    SecretBytes big(3 * 4096 + 10);
    CHECK(vmFlagsOf(big.data()).contains(QStringLiteral("dd")));
    CHECK(vmFlagsOf(big.data() + big.size() - 1).contains(QStringLiteral("dd")));
    CHECK(big.data()[big.size() - 1] == 0);
}

namespace {

// Turns CAP_IPC_LOCK in the effective set off or on again (it stays in the
// permitted set), so that root too meets RLIMIT_MEMLOCK. False if the process
// cannot change its capabilities.
bool setIpcLock(bool on)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    std::array<__user_cap_data_struct, _LINUX_CAPABILITY_U32S_3> data{};
    if (syscall(SYS_capget, &header, data.data()) != 0)
        return false;
    const auto bit = static_cast<std::uint32_t>(1U << CAP_IPC_LOCK);
    if (on && (data[0].permitted & bit) == 0)
        return false;
    data[0].effective = on ? (data[0].effective | bit) : (data[0].effective & ~bit);
    return syscall(SYS_capset, &header, data.data()) == 0;
}

} // namespace

TEST_CASE("a refused memory lock is counted and the secret still works")
{
    rlimit saved{};
    REQUIRE(getrlimit(RLIMIT_MEMLOCK, &saved) == 0);
    rlimit none = saved;
    none.rlim_cur = 0;
    const bool hadIpcLock = setIpcLock(true);
    REQUIRE(setIpcLock(false));
    REQUIRE(setrlimit(RLIMIT_MEMLOCK, &none) == 0);
    const std::uint64_t failuresBefore = SecretBytes::lockFailures();
    SecretBytes secret = SecretBytes::copyOf(std::array<std::uint8_t, 3>{1, 2, 3});
    REQUIRE(setrlimit(RLIMIT_MEMLOCK, &saved) == 0);
    if (hadIpcLock)
        REQUIRE(setIpcLock(true));

    REQUIRE(secret.size() == 3);
    CHECK(secret.data()[2] == 3);
    const QStringList flags = vmFlagsOf(secret.data());
    CHECK(flags.contains(QStringLiteral("dd")));
    if (MlockIsReal) {
        CHECK_FALSE(secret.isLocked());
        CHECK(SecretBytes::lockFailures() == failuresBefore + 1);
        CHECK_FALSE(flags.contains(QStringLiteral("lo")));
    }
}
