// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ServerBench.h"

#include "BenchShop.h"
#include "BenchSupport.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"
#include "storage/Database.h"
#include "storage/Location.h"
#include "storage/server/ServerSetup.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <libpq-fe.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <initializer_list>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace stockbook::bench {

namespace {

constexpr char AdminPassword[] = "correct horse battery staple 1";

SecretBytes secretOf(const QByteArray &text)
{
    return SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(text.constData()), std::size_t(text.size())});
}

// What every client thread of one run counts, and its first failure.
struct ClientResult {
    int posted = 0;
    QString error;
};

// Invoices posted by all clients of a run and the wall time from go to the
// last client finishing.
struct Tally {
    qint64 posted = 0;
    double seconds = 0;
    void add(const Tally &other)
    {
        posted += other.posted;
        seconds += other.seconds;
    }
    double rate() const { return seconds > 0 ? double(posted) / seconds : 0; }
};

// Starts n clients (each runs body(index, ready, go, stop, result) on a
// thread of its own: sets itself up, counts ready, waits for go, works until
// stop), lets them work for seconds once all are ready, and returns what
// they posted in how long; *error is set on the first failure.
template <typename Body>
Tally runClients(int n, double seconds, Body body, QString *error)
{
    std::vector<ClientResult> results(static_cast<std::size_t>(n));
    std::atomic<int> ready{0};
    std::atomic<bool> go{false}, stop{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i)
        threads.emplace_back([&, i] { body(i, ready, go, stop, results[std::size_t(i)]); });
    while (ready.load() < n)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QElapsedTimer timer;
    timer.start();
    go = true;
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (std::thread &t : threads)
        t.join();
    Tally tally;
    tally.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const ClientResult &r : results) {
        if (!r.error.isEmpty()) {
            *error = r.error;
            return {};
        }
        tally.posted += r.posted;
    }
    return tally;
}

void waitFor(const std::atomic<bool> &go)
{
    while (!go.load())
        std::this_thread::sleep_for(std::chrono::microseconds(200));
}

// ---------------------------------------------------------------------------
// The storage limit: one libpq connection, statements prepared once (one
// round trip each), the statements InvoiceService::createAndPost sends for a
// posting on a server as the server's log shows them (log_statement = all):
// BEGIN, the postings' share of the write lock, the draft, per line its item
// and the level checked, the number taken, the posting, the movements in one
// statement (the server's trigger moves the levels and the products), the
// audit lock, the chain's head and the audit row, COMMIT. Left
// out are the services' reads that only check the draft (customer,
// warehouse, settings, the five products) and the posted invoice read back.

class RawClient {
public:
    explicit RawClient(PGconn *conn) : m_conn(conn) { }
    ~RawClient() { PQfinish(m_conn); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    QString error() const { return m_error; }

    bool prepare(const char *name, const char *sql)
    {
        PGresult *r = PQprepare(m_conn, name, sql, 0, nullptr);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            m_error = QStringLiteral("%1: %2").arg(QLatin1String(name),
                                                   QString::fromUtf8(PQerrorMessage(m_conn)));
        PQclear(r);
        return ok;
    }

    // Runs a prepared statement with text parameters; the first row's
    // columns go to *row when given.
    bool run(const char *name, std::initializer_list<QByteArray> params, QList<QByteArray> *row = nullptr)
    {
        std::vector<const char *> values;
        values.reserve(params.size());
        for (const QByteArray &p : params)
            values.push_back(p.isNull() ? nullptr : p.constData());
        PGresult *r = PQexecPrepared(m_conn, name, int(values.size()), values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(r);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok) {
            m_error = QStringLiteral("%1: %2").arg(QLatin1String(name),
                                                   QString::fromUtf8(PQerrorMessage(m_conn)));
        } else if (row) {
            row->clear();
            if (PQntuples(r) > 0) {
                for (int c = 0; c < PQnfields(r); ++c)
                    row->append(PQgetisnull(r, 0, c) ? QByteArray() : QByteArray(PQgetvalue(r, 0, c)));
            }
        }
        PQclear(r);
        return ok;
    }

    bool exec(const char *sql)
    {
        PGresult *r = PQexec(m_conn, sql);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!ok)
            m_error = QString::fromUtf8(PQerrorMessage(m_conn));
        PQclear(r);
        return ok;
    }

private:
    PGconn *m_conn;
    QString m_error;
};

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray byteaText(const QByteArray &bytes)
{
    return "\\x" + bytes.toHex();
}

// The statements of one posting (prepared once per connection).
const char *const RawStatements[][2] = {
    {"lock", "SELECT pg_advisory_xact_lock_shared($1)"},
    {"invoice",
     "INSERT INTO invoices (type, status, customer_id, supplier_id, warehouse_id, issue_date, due_date, "
     "prices_include_tax, currency, subtotal, tax_amount, total_amount, supplier_reference, notes, "
     "created_by, "
     "created_at, updated_at) "
     "VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id"},
    {"item",
     "INSERT INTO invoice_items (invoice_id, line_no, product_id, description, quantity, unit_price, "
     "discount_bp, tax_rate_bp, line_net, line_tax, line_total, unit_cost) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"},
    {"level", "SELECT quantity FROM stock_levels WHERE product_id = $1 AND warehouse_id = $2"},
    {"number",
     "UPDATE number_sequences SET next_value = next_value + 1 WHERE series = $1 AND year = $2 "
     "RETURNING next_value - 1"},
    {"first",
     "INSERT INTO number_sequences (series, year, next_value) VALUES ($1, $2, 2) "
     "ON CONFLICT (series, year) DO NOTHING RETURNING 1"},
    {"post",
     "UPDATE invoices SET status = 'posted', invoice_number = $1, posted_by = $2, posted_at = $3 "
     "WHERE id = $4 AND status = 'draft'"},
    {"movements",
     "INSERT INTO stock_movements (product_id, warehouse_id, type, quantity, unit_cost, invoice_id, "
     "transfer_id, reference, reason, user_id, created_at) "
     "SELECT u.p, u.w, $1, u.q, u.c, $2::bigint, $3::bigint, $4, $5, $6::bigint, $7 "
     "FROM unnest($8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[]) WITH ORDINALITY AS u(p, w, q, c, "
     "n) "
     "WHERE (SELECT count(*) FROM (SELECT id FROM products WHERE id = ANY($8::bigint[]) ORDER BY id "
     "FOR NO KEY UPDATE) AS locked) > 0 ORDER BY u.n"},
    {"append", "SELECT pg_advisory_xact_lock($1)"},
    {"head", "SELECT seq, row_hash FROM stockbook_audit_head()"},
    {"audit",
     "INSERT INTO audit_logs (seq, timestamp, user_id, username, action, entity, entity_id, changes, "
     "prev_hash, row_hash, hash_version, signature, signer_user_id) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"},
};

// One posting of the i-th benchmark sale, as createAndPost writes it: the
// draft, its lines and the stock checks beside other postings, then the
// number, the posting, the movements and the audit row in turn.
bool rawPosting(RawClient &c, const ShopIds &shop, int i, qint64 userId, const QByteArray &username)
{
    const int year = QDate::currentDate().year();
    const QByteArray today = QDate::currentDate().toString(Qt::ISODate).toUtf8();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    if (!c.exec("BEGIN ISOLATION LEVEL READ COMMITTED"))
        return false;
    auto fail = [&c] {
        c.exec("ROLLBACK");
        return false;
    };
    QList<QByteArray> row;
    if (!c.run("lock", {num(storage::Database::WriteLockKey)}))
        return fail();
    // One unit at 19.99 with 20 % tax included: net 16.66, tax 3.33.
    const qint64 net = 1666, tax = 333, total = 1999;
    if (!c.run("invoice",
               {"sale", num(shop.customer), QByteArray(), "1", today, today, "1", "EUR",
                num(LinesPerSale * net), num(LinesPerSale * tax), num(LinesPerSale * total), "", "",
                num(userId), now, now},
               &row)
        || row.isEmpty())
        return fail();
    const QByteArray id = row.at(0);
    QByteArrayList products, warehouses, quantities, costs;
    for (int line = 0; line < LinesPerSale; ++line) {
        const qint64 product = shop.products.at((i * LinesPerSale + line) % Products);
        const int p = int((i * LinesPerSale + line) % Products) + 1;
        if (!c.run("item",
                   {id, num(line + 1), num(product), "Product " + num(p), "1000", num(total), "0", "2000",
                    num(net), num(tax), num(total), "833"})
            || !c.run("level", {num(product), "1"}, &row) || row.isEmpty() || row.at(0).toLongLong() < 1000)
            return fail();
        products << num(product);
        warehouses << "1";
        quantities << "1000";
        costs << "833";
    }
    if (!c.run("number", {"sale", num(year)}, &row))
        return fail();
    qint64 value = 1;
    if (!row.isEmpty()) {
        value = row.at(0).toLongLong();
    } else if (!c.run("first", {"sale", num(year)}, &row) || row.isEmpty()) {
        return fail();
    }
    const QByteArray number = "S-" + num(year) + '-' + num(value).rightJustified(6, '0');
    auto array = [](const QByteArrayList &items) { return '{' + items.join(',') + '}'; };
    if (!c.run("post", {number, num(userId), now, id})
        || !c.run("movements",
                  {"sale", id, QByteArray(), number, "", num(userId), now, array(products), array(warehouses),
                   array(quantities), array(costs)}))
        return fail();
    if (!c.run("append", {num(storage::Database::AuditLockKey)}) || !c.run("head", {}, &row)
        || row.size() < 2)
        return fail();
    const qint64 seq = row.at(0).toLongLong() + 1;
    const QByteArray prev = QByteArray::fromHex(row.at(1).mid(2));
    const QByteArray changes = "{\"lines\":5,\"number\":\"" + number
        + "\",\"partner_id\":" + num(shop.customer) + ",\"subtotal\":" + num(LinesPerSale * net) + ",\"tax\":"
        + num(LinesPerSale * tax) + ",\"total\":" + num(LinesPerSale * total) + ",\"type\":\"sale\"}";
    // The row's hash as the client works it out (AuditLog is private to
    // core; the server checks the chain's link, prev_hash, not this value).
    const QByteArray hash = QCryptographicHash::hash(num(seq) + prev + now + username + changes,
                                                     QCryptographicHash::Sha256);
    if (!c.run("audit",
               {num(seq), now, num(userId), username, "invoice.post", "invoices", id, changes,
                byteaText(prev), byteaText(hash), "2", QByteArray(), QByteArray()}))
        return fail();
    return c.exec("COMMIT");
}

// ---------------------------------------------------------------------------

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

// The bench company's database and every role it made go, whatever happened.
class Cleanup {
public:
    Cleanup(QSqlDatabase &super, QString db, QString loginPrefix)
        : m_super(super), m_db(std::move(db)), m_prefix(std::move(loginPrefix))
    { }
    ~Cleanup() { run(); }
    Cleanup(const Cleanup &) = delete;
    Cleanup &operator=(const Cleanup &) = delete;

    void run()
    {
        if (m_done)
            return;
        m_done = true;
        QSqlQuery q(m_super);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(m_db)));
        QStringList roles;
        if (q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE '%1%%' ORDER BY rolname")
                       .arg(m_prefix))) {
            while (q.next())
                roles << q.value(0).toString();
        }
        for (const QString &role : roles)
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(role)));
        for (const char *group : {"admin", "manager", "clerk", "owner"})
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(m_db + u'_' + QLatin1String(group))));
        out() << "dropped database " << m_db << " and its roles" << Qt::endl;
    }

private:
    QSqlDatabase &m_super;
    QString m_db;
    QString m_prefix;
    bool m_done = false;
};

} // namespace

int runServerBench(const QString &url, const QList<int> &clients, double seconds)
{
    auto location = storage::Location::parse(url);
    if (!location.ok()) {
        out() << "--server: " << location.error().message << Qt::endl;
        return 2;
    }
    if (!location->isServer()) {
        out() << "--server needs postgresql://SUPERUSER@HOST[:PORT]/postgres[?...], not " << url << Qt::endl;
        return 2;
    }
    const storage::ServerAddress address = location->serverAddress();
    if (auto root = address.checkRootCertificate(); !root.ok()) {
        out() << root.error().message << Qt::endl;
        return 2;
    }

    // The superuser, first without a password; read from stdin when asked for.
    const QString superName = QStringLiteral("stockbook-bench-super");
    int code = 1;
    {
        QSqlDatabase super = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), superName);
        if (!address.host.isEmpty())
            super.setHostName(address.host);
        super.setPort(address.port);
        super.setDatabaseName(address.database);
        super.setUserName(address.user);
        super.setConnectOptions(address.connectOptions());
        if (!super.open()) {
            if (!super.lastError().databaseText().contains(QLatin1String("no password supplied"))) {
                out() << "cannot connect: " << super.lastError().databaseText().trimmed() << Qt::endl;
                return 1;
            }
            const SecretBytes pw = readPasswordLine();
            super.setPassword(
                QString::fromUtf8(reinterpret_cast<const char *>(pw.data()), qsizetype(pw.size())));
            if (!super.open()) {
                out() << "cannot connect: " << super.lastError().databaseText().trimmed() << Qt::endl;
                return 1;
            }
        }
        code = [&]() -> int {
            const QString db = QStringLiteral("bench_%1").arg(::getpid());
            // Login names are cluster-wide: prefixed with the database's name
            // and a '.', which no group role of it has.
            const QString prefix = QStringLiteral("bench%1.").arg(::getpid());
            const QString admin = prefix + QStringLiteral("admin");
            Cleanup cleanup(super, db, prefix);
            auto made = storage::server::ServerSetup::initCompany(super, db, QStringLiteral("Bench"), admin,
                                                                  secretOf(AdminPassword));
            if (!made.ok()) {
                out() << "company on the server failed: " << made.error().message << Qt::endl;
                return 1;
            }
            auto urlOf = [&](const QString &user) {
                QUrl u(url);
                u.setUserName(user);
                u.setPath(QLatin1Char('/') + db);
                return u.toString();
            };
            const int most = *std::max_element(clients.begin(), clients.end());
            ShopIds shop;
            QStringList clerks;
            QList<QByteArray> passwords;
            {
                auto signedIn = CompanyService::signIn(urlOf(admin), admin, secretOf(AdminPassword));
                if (!signedIn.ok()) {
                    out() << "admin sign-in failed: " << signedIn.error().message << Qt::endl;
                    return 1;
                }
                auto seeded = seedShop(**signedIn);
                if (!seeded.ok()) {
                    out() << "seeding failed: " << seeded.error().message << Qt::endl;
                    return 1;
                }
                shop = seeded.value();
                for (int i = 0; i < most; ++i) {
                    const QString name = prefix + QStringLiteral("clerk%1").arg(i + 1);
                    auto temporary = UsersService(**signedIn).create({name, QStringLiteral("clerk"), {}, {}});
                    if (!temporary.ok()) {
                        out() << "clerk failed: " << temporary.error().message << Qt::endl;
                        return 1;
                    }
                    clerks << name;
                    passwords << QByteArray(reinterpret_cast<const char *>(temporary->data()),
                                            qsizetype(temporary->size()));
                }
            }
            out() << "company " << db << " on " << address.displayName() << ": " << Products << " products, "
                  << most << " clerks, " << seconds
                  << " s per client count and path, in two alternating halves" << Qt::endl;

            double lastRatio = 0;
            int sequence = 0; // sales of different runs use different products first
            for (const int n : clients) {
                QString error;
                const int &base = sequence;
                auto servicesClient = [&](int t, std::atomic<int> &ready, const std::atomic<bool> &go,
                                          const std::atomic<bool> &stop, ClientResult &r) {
                    auto signedIn = CompanyService::signIn(urlOf(clerks.at(t)), clerks.at(t),
                                                           secretOf(passwords.at(t)));
                    if (!signedIn.ok()) {
                        r.error = signedIn.error().message;
                        ++ready;
                        return;
                    }
                    std::unique_ptr<CompanySession> company = std::move(signedIn).value();
                    company->session().setMustChangePassword(false);
                    InvoiceService invoices(*company);
                    ++ready;
                    waitFor(go);
                    for (int k = 0; !stop.load(); ++k) {
                        auto posted = invoices.createAndPost(benchSale(shop, base + t * 7 + k));
                        if (!posted.ok()) {
                            r.error = posted.error().message;
                            return;
                        }
                        ++r.posted;
                    }
                };
                auto rawClient = [&](int t, std::atomic<int> &ready, const std::atomic<bool> &go,
                                     const std::atomic<bool> &stop, ClientResult &r) {
                    const QByteArray host = address.host.toUtf8(), port = num(address.port),
                                     dbName = db.toUtf8(), user = clerks.at(t).toUtf8(),
                                     sslmode = address.sslMode.toUtf8(),
                                     root = address.rootCertificate.isEmpty()
                        ? storage::ServerAddress::defaultRootCertificate().toUtf8()
                        : address.rootCertificate.toUtf8();
                    const char *keys[] = {"host",    "port",        "dbname",           "user", "password",
                                          "sslmode", "sslrootcert", "application_name", nullptr};
                    const char *values[] = {host.isEmpty() ? nullptr : host.constData(),
                                            port.constData(),
                                            dbName.constData(),
                                            user.constData(),
                                            passwords.at(t).constData(),
                                            sslmode.constData(),
                                            address.verifiesCertificate() ? root.constData() : nullptr,
                                            "stockbook-bench-raw",
                                            nullptr};
                    RawClient c(PQconnectdbParams(keys, values, 0));
                    qint64 userId = 0;
                    bool ok = c.exec("SELECT 1");
                    for (const auto &statement : RawStatements)
                        ok = ok && c.prepare(statement[0], statement[1]);
                    ok = ok && c.prepare("me", "SELECT id FROM user_names WHERE username = session_user");
                    QList<QByteArray> row;
                    ok = ok && c.run("me", {}, &row) && !row.isEmpty();
                    if (ok)
                        userId = row.at(0).toLongLong();
                    ++ready;
                    if (!ok) {
                        r.error = QStringLiteral("raw client: ") + c.error();
                        return;
                    }
                    waitFor(go);
                    for (int k = 0; !stop.load(); ++k) {
                        if (!rawPosting(c, shop, base + t * 7 + k, userId, user)) {
                            r.error = QStringLiteral("raw posting: ") + c.error();
                            return;
                        }
                        ++r.posted;
                    }
                };
                // Two halves in alternating order, so that load from
                // elsewhere on the machine hits both paths alike.
                Tally services, raw;
                for (int half = 0; half < 2; ++half) {
                    for (int turn = 0; turn < 2; ++turn) {
                        const bool servicesTurn = (turn == 0) == (half == 0);
                        const Tally t = servicesTurn ? runClients(n, seconds / 2, servicesClient, &error)
                                                     : runClients(n, seconds / 2, rawClient, &error);
                        if (!error.isEmpty()) {
                            out() << (servicesTurn ? "services failed: " : "raw failed: ") << error
                                  << Qt::endl;
                            return 1;
                        }
                        (servicesTurn ? services : raw).add(t);
                        sequence += 1000;
                    }
                }
                lastRatio = services.rate() / raw.rate();
                out() << "clients: " << n << " services: " << QString::number(services.rate(), 'f', 1)
                      << "/s raw: " << QString::number(raw.rate(), 'f', 1)
                      << "/s ratio: " << QString::number(lastRatio, 'f', 2) << Qt::endl;
            }
            cleanup.run();
            out() << "ratio: " << QString::number(lastRatio, 'f', 2) << Qt::endl;
            return 0;
        }();
        super.close();
    }
    QSqlDatabase::removeDatabase(superName);
    return code;
}

} // namespace stockbook::bench
