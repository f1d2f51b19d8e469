// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "storage/Location.h"

#include "Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace stockbook::storage {

namespace {

const QStringList SslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Error addressError(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message, field);
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// A libpq connection-string value in single quotes ('\' and '\'' escaped).
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Result<int> portFrom(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.startsWith(QLatin1Char('+')))
        return addressError(
            QStringLiteral("port"),
            Tr::tr("The port \"%1\" in the server address is not a number from 1 to 65535.").arg(text));
    return port;
}

} // namespace

bool ServerAddress::isValidDatabaseName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch();
}

QString ServerAddress::defaultRootCertificate()
{
    return QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
}

QString ServerAddress::hostForDisplay() const
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

QString ServerAddress::displayName() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (isSocket()) {
        if (port != 5432)
            text += QLatin1Char(':') + QString::number(port);
        text += QLatin1Char('/') + database;
        if (!host.isEmpty())
            text += QStringLiteral("?host=") + host;
        return text;
    }
    text += hostForDisplay();
    if (port != 5432)
        text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + database;
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    options << QStringLiteral("sslmode=") + sslMode;
    if (verifiesCertificate() || !rootCertificate.isEmpty())
        options << QStringLiteral("sslrootcert=")
                + quoted(rootCertificate.isEmpty() ? defaultRootCertificate() : rootCertificate);
    if (connectTimeout > 0)
        options << QStringLiteral("connect_timeout=%1").arg(connectTimeout);
    options << QStringLiteral("application_name=stockbook");
    return options.join(QLatin1Char(';'));
}

Result<void> ServerAddress::checkRootCertificate() const
{
    if (!verifiesCertificate())
        return {};
    const QString file = rootCertificate.isEmpty() ? defaultRootCertificate() : rootCertificate;
    if (QFileInfo(file).isFile())
        return {};
    return makeError(
        ErrorCode::FileNotFound,
        Tr::tr(
            "The server's root certificate %1 is missing. Stockbook needs it to check that it talks to the "
            "real server. The server's administrator gives it out (stockbook-cli server init prints it): "
            "save it as that file, or name its file with ?sslrootcert=FILE in the server address.")
            .arg(QDir::toNativeSeparators(file)),
        QStringLiteral("sslrootcert"), file);
}

bool Location::looksLikeUrl(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Location Location::file(const QString &path)
{
    Location location;
    location.m_kind = Kind::File;
    location.m_path = path;
    return location;
}

Location Location::server(ServerAddress address)
{
    Location location;
    location.m_kind = Kind::Server;
    location.m_server = std::move(address);
    return location;
}

QString Location::displayName() const
{
    return m_kind == Kind::Server ? m_server.displayName() : QDir::toNativeSeparators(m_path);
}

Result<Location> Location::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return addressError(QStringLiteral("location"),
                            Tr::tr("No company given: name a company file or a server address "
                                   "(postgresql://HOST/DBNAME)."));
    if (!looksLikeUrl(text)) {
        if (text.contains(QLatin1String("://")))
            return addressError(
                QStringLiteral("scheme"),
                Tr::tr("\"%1\" is neither a file nor a server address: a server address starts "
                       "with postgresql://.")
                    .arg(text.section(QLatin1String("://"), 0, 0)));
        return file(input);
    }

    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    if (rest.contains(QLatin1Char('#')))
        return addressError(
            QStringLiteral("fragment"),
            Tr::tr("The server address has a part after '#', which means nothing here; remove "
                   "it."));
    QString query;
    if (const qsizetype at = rest.indexOf(QLatin1Char('?')); at >= 0) {
        query = rest.mid(at + 1);
        rest.truncate(at);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);

    ServerAddress address;
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return addressError(
                QStringLiteral("password"),
                Tr::tr("The server address contains a password (after the user name and ':'). Remove it: an "
                       "address stays in the shell history and is visible to other programs. Type the "
                       "password when Stockbook asks for it."));
        address.user = decoded(userInfo);
    }

    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return addressError(QStringLiteral("host"),
                                Tr::tr("The IPv6 address in the server address lacks its closing ']'."));
        address.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return addressError(
                QStringLiteral("host"),
                Tr::tr("Unexpected \"%1\" after the IPv6 address; write [ADDRESS]:PORT.").arg(after));
    } else {
        if (hostPort.count(QLatin1Char(':')) > 1)
            return addressError(
                QStringLiteral("host"),
                Tr::tr("The host \"%1\" looks like an IPv6 address: write it in brackets, e.g. "
                       "postgresql://[%1]/DBNAME.")
                    .arg(hostPort));
        const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
        address.host = decoded(colon < 0 ? hostPort : hostPort.left(colon));
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    if (!portText.isEmpty()) {
        auto port = portFrom(portText);
        if (!port.ok())
            return port.error();
        address.port = port.value();
    }

    address.database = decoded(path);
    if (address.database.isEmpty())
        return addressError(QStringLiteral("database"),
                            Tr::tr("The server address names no database: add /DBNAME after the host, e.g. "
                                   "postgresql://db.example.com/shop."));
    if (!ServerAddress::isValidDatabaseName(address.database))
        return addressError(
            QStringLiteral("database"),
            Tr::tr("\"%1\" is not a company's database name: use lower-case letters, digits and "
                   "'_', starting with a letter, at most 40 characters.")
                .arg(address.database));

    QSet<QString> seen;
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (key == QLatin1String("password"))
            return addressError(
                QStringLiteral("password"),
                Tr::tr("The server address contains a password (password=). Remove it: an address stays in "
                       "the shell history and is visible to other programs. Type the password when "
                       "Stockbook asks for it."));
        if (key != QLatin1String("sslmode") && key != QLatin1String("host")
            && key != QLatin1String("sslrootcert") && key != QLatin1String("connect_timeout"))
            return addressError(
                key,
                Tr::tr("The server address has an unknown parameter \"%1\". Known are sslmode, "
                       "host, sslrootcert and connect_timeout.")
                    .arg(key));
        if (seen.contains(key))
            return addressError(
                key, Tr::tr("The parameter %1 appears twice in the server address; give it once.").arg(key));
        seen.insert(key);
        if (value.isEmpty())
            return addressError(
                key, Tr::tr("The parameter %1 in the server address has no value: write %1=VALUE.").arg(key));
        if (key == QLatin1String("sslmode")) {
            if (!SslModes.contains(value))
                return addressError(key,
                                    Tr::tr("The sslmode \"%1\" is not known. Use verify-full (the default), "
                                           "verify-ca, require, prefer, allow or disable.")
                                        .arg(value));
            address.sslMode = value;
        } else if (key == QLatin1String("host")) {
            if (!address.host.isEmpty())
                return addressError(key,
                                    Tr::tr("The server address gives the host twice (%1 and host=%2); give "
                                           "it once.")
                                        .arg(address.hostForDisplay(), value));
            address.host = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (value.contains(QLatin1Char(';')))
                return addressError(
                    key,
                    Tr::tr("The root certificate's path %1 contains ';', which the PostgreSQL "
                           "driver cannot pass on; move the file to a path without it.")
                        .arg(value));
            address.rootCertificate = QFileInfo(value).absoluteFilePath();
        } else {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0 || seconds > 3600 || value.startsWith(QLatin1Char('+')))
                return addressError(
                    key,
                    Tr::tr("The connect_timeout \"%1\" is not a whole number of seconds from 0 "
                           "to 3600.")
                        .arg(value));
            address.connectTimeout = seconds;
        }
    }
    if (address.sslMode.isEmpty())
        address.sslMode = address.isSocket() ? QStringLiteral("disable") : QStringLiteral("verify-full");
    return server(std::move(address));
}

} // namespace stockbook::storage
