// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// A throwaway PostgreSQL 15 cluster for one test: initdb into a temporary
// folder, a Unix socket (trust, for the superuser's set-up) and a loopback TCP
// port with a test certificate (scram-sha-256, for the users' own logins),
// stopped and removed when the object goes. PostgreSQL refuses to run as root,
// so as root the server runs as Debian's `postgres` user (runuser).

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <functional>
#include <memory>

namespace stockbook::test {

class PgCluster {
    static std::unique_ptr<PgCluster> &sharedSlot()
    {
        static std::unique_ptr<PgCluster> slot;
        return slot;
    }

public:
    static constexpr const char *BinDir = "/usr/lib/postgresql/15/bin";

    PgCluster()
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::ExeOther));
        REQUIRE(QDir(m_dir.path()).mkpath(QStringLiteral("pg")));
        REQUIRE(QDir(m_dir.path()).mkpath(QStringLiteral("sock")));
        if (geteuid() == 0) {
            REQUIRE(run(QStringLiteral("chown"), {QStringLiteral("postgres"), dataDir(), socketDir()}));
        }
        // A cluster made once for the whole test run (the CTest fixture
        // pg_template, tests/server/shared_cluster.sh template) is copied;
        // without it, initdb.
        QString templateDir = qEnvironmentVariable("STOCKBOOK_PG_TEMPLATE");
#ifdef STOCKBOOK_PG_TEMPLATE_DIR
        if (templateDir.isEmpty())
            templateDir = QStringLiteral(STOCKBOOK_PG_TEMPLATE_DIR);
#endif
        if (!templateDir.isEmpty() && QFile::exists(templateDir + QStringLiteral("/ready"))) {
            REQUIRE(run(QStringLiteral("cp"),
                        {QStringLiteral("-a"), templateDir + QStringLiteral("/pg/."), dataDir()}));
            // A certificate of its own: a test may need two servers that do
            // not trust each other's.
            REQUIRE(QFile::remove(dataDir() + QStringLiteral("/server.key")));
            REQUIRE(QFile::remove(dataDir() + QStringLiteral("/server.crt")));
            makeCertificate();
        } else {
            REQUIRE(
                asServer(QStringLiteral("initdb"),
                         {QStringLiteral("-D"), dataDir(), QStringLiteral("--auth-local=trust"),
                          QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-U"), superuser()}));
            makeCertificate();
        }
        m_port = freePort();
        // fsync off: a test's cluster is thrown away, and waiting for the disk
        // is most of a commit's time.
        REQUIRE(asServer(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"),
                          QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c ssl=on -c fsync=off")
                              .arg(m_port)
                              .arg(socketDir()),
                          QStringLiteral("-l"), socketDir() + QStringLiteral("/pg.log"), QStringLiteral("-w"),
                          QStringLiteral("start")}));
        m_started = true;
    }

    ~PgCluster()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QStringLiteral("pgcluster-")))
                QSqlDatabase::removeDatabase(name);
        }
        if (m_started)
            asServer(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                      QStringLiteral("stop")});
    }

    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    int port() const
    {
        return m_port;
    }
    QString socketDir() const
    {
        return m_dir.filePath(QStringLiteral("sock"));
    }
    QString dataDir() const
    {
        return m_dir.filePath(QStringLiteral("pg"));
    }
    QString rootCertificate() const
    {
        return m_dir.filePath(QStringLiteral("root.crt"));
    }
    static QString superuser()
    {
        return QStringLiteral("postgres");
    }

    // The superuser over the Unix socket (trust), for the set-up.
    QSqlDatabase superuserConnection(const QString &database = QStringLiteral("postgres")) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
        db.setHostName(socketDir());
        db.setPort(m_port);
        db.setUserName(superuser());
        db.setDatabaseName(database);
        return db;
    }

    // A login over TCP on 127.0.0.1 with TLS (connect options as given).
    QSqlDatabase tcpConnection(const QString &user, const QString &password, const QString &database,
                               const QString &connectOptions) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
        db.setHostName(QStringLiteral("localhost"));
        db.setPort(m_port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        db.setConnectOptions(connectOptions);
        return db;
    }

private:
    static QString connectionName()
    {
        return QStringLiteral("pgcluster-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    static bool run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            UNSCOPED_INFO(program.toStdString() << ": " << p.readAll().toStdString());
            return false;
        }
        return true;
    }

    static bool asServer(const QString &tool, const QStringList &arguments)
    {
        const QString path = QString::fromLatin1(BinDir) + QLatin1Char('/') + tool;
        if (geteuid() == 0)
            return run(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path}
                    + arguments);
        return run(path, arguments);
    }

    // A self-signed certificate for localhost and 127.0.0.1, its key readable
    // by the server alone; the certificate doubles as the clients' root.
    void makeCertificate()
    {
        const QString key = dataDir() + QStringLiteral("/server.key");
        const QString crt = dataDir() + QStringLiteral("/server.crt");
        REQUIRE(run(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-nodes"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                     QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
                     key, QStringLiteral("-out"), crt}));
        REQUIRE(QFile::copy(crt, rootCertificate()));
        REQUIRE(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
        if (geteuid() == 0)
            REQUIRE(run(QStringLiteral("chown"), {QStringLiteral("postgres"), key, crt}));
    }

public:
    // One cluster for a whole test program, made at the first call (setUp
    // then runs once on it) and stopped in a post routine while Qt still
    // lives: a cluster left to static destruction would outlive the test.
    // The superuser's URL over the cluster's socket, and a user's over TCP
    // with the cluster's certificate verified.
    QString superuserUrl(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@:%2/%3?host=%4")
            .arg(superuser())
            .arg(port())
            .arg(database, socketDir());
    }
    QString userUrl(const QString &user, const QString &database) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?sslrootcert=%4")
            .arg(user)
            .arg(port())
            .arg(database, rootCertificate());
    }

    static PgCluster &shared(const std::function<void(PgCluster &)> &setUp = {})
    {
        if (!sharedSlot()) {
            sharedSlot() = std::make_unique<PgCluster>();
            qAddPostRoutine([] { sharedSlot().reset(); });
            if (setUp)
                setUp(*sharedSlot());
        }
        return *sharedSlot();
    }

    // A loopback TCP port nobody listens on at this moment (the kernel's choice).
    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t size = sizeof address;
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0;
        ::close(fd);
        REQUIRE(bound);
        return ntohs(address.sin_port);
    }

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_started = false;
};

} // namespace stockbook::test
