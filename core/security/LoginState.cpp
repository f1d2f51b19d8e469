// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/LoginState.h"

#include "Tr.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLoginState, "stockbook.core.security", QtWarningMsg)

namespace stockbook::security {

namespace {

// 1: unknown names as unsalted SHA-256 (their counters are dropped on read);
// 2: unknown names as a 16-bit keyed tag.
constexpr int FormatVersion = 2;
constexpr int UnknownNameKeySize = 32;
constexpr int UnknownNameTagBytes = 2;

bool isHex(const QString &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// "user:<folded name, 1..64 characters, no spaces or controls>" or
// "unknown:<4 lowercase hex digits>".
bool isCounterKey(const QString &key)
{
    if (key.startsWith(QLatin1String("user:"))) {
        const QString name = key.mid(5);
        return !name.isEmpty() && name.size() <= 64 && std::none_of(name.begin(), name.end(), [](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Control;
        });
    }
    if (key.startsWith(QLatin1String("unknown:"))) {
        const QString tag = key.mid(8);
        return tag.size() == UnknownNameTagBytes * 2 && isHex(tag);
    }
    return false;
}

QJsonObject toJson(const AuditRecord &r)
{
    QJsonObject o;
    if (r.userId)
        o.insert(QStringLiteral("user_id"), QString::number(*r.userId));
    o.insert(QStringLiteral("username"), r.username);
    o.insert(QStringLiteral("action"), r.action);
    o.insert(QStringLiteral("entity"), r.entity);
    o.insert(QStringLiteral("entity_id"), r.entityId);
    o.insert(QStringLiteral("changes"), r.changes);
    o.insert(QStringLiteral("timestamp"), r.timestamp.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

// What Stockbook itself writes as a pending record: a failed sign-in or a
// lockout, on "users", with no user id and changes of a fixed shape. Anyone
// who can write the folder can write the file, so nothing else is taken.
bool isWellFormedPending(const QJsonObject &o)
{
    static const QStringList keys{QStringLiteral("username"), QStringLiteral("action"),
                                  QStringLiteral("entity"),   QStringLiteral("entity_id"),
                                  QStringLiteral("changes"),  QStringLiteral("timestamp")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()) || !it.value().isString())
            return false;
    }
    const QString action = o.value(QStringLiteral("action")).toString();
    if (o.value(QStringLiteral("entity")).toString() != QLatin1String("users")
        || !o.value(QStringLiteral("entity_id")).toString().isEmpty()
        || o.value(QStringLiteral("username")).toString().size() > 64)
        return false;
    if (!QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs).isValid())
        return false;
    QJsonParseError error{};
    const QJsonDocument changes = QJsonDocument::fromJson(
        o.value(QStringLiteral("changes")).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !changes.isObject())
        return false;
    const QJsonObject c = changes.object();
    const auto count = [&c](const char *key) {
        const QJsonValue v = c.value(QLatin1String(key));
        return v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 1'000'000 && v.toDouble() == v.toInt();
    };
    if (action == QLatin1String("login.failed"))
        return c.size() == 2 && count("consecutive_failures")
            && c.value(QStringLiteral("known_name")).isBool();
    if (action == QLatin1String("account.lockout"))
        return c.size() == 1 && count("failures");
    return false;
}

AuditRecord fromJson(const QJsonObject &o)
{
    AuditRecord r;
    if (o.contains(QStringLiteral("user_id")))
        r.userId = o.value(QStringLiteral("user_id")).toString().toLongLong();
    r.username = o.value(QStringLiteral("username")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.entity = o.value(QStringLiteral("entity")).toString();
    r.entityId = o.value(QStringLiteral("entity_id")).toString();
    r.changes = o.value(QStringLiteral("changes")).toString();
    r.timestamp = QDateTime::fromString(o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
    return r;
}

} // namespace

QString LoginState::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".state");
}

QString LoginState::lockPathFor(const QString &statePath)
{
    return statePath + QStringLiteral(".lock");
}

LoginState::Lock::Lock(const QString &statePath) : m_file(std::make_unique<QLockFile>(lockPathFor(statePath)))
{
    m_file->setStaleLockTime(StaleLockMs);
    // Short steps rather than QLockFile's own doubling waits (up to seconds):
    // the lock is held for milliseconds, and a sign-in should not sleep long.
    QElapsedTimer waited;
    waited.start();
    int step = 2;
    while (!m_file->tryLock(0)) {
        if (m_file->error() != QLockFile::LockFailedError || waited.elapsed() >= LockWaitMs) {
            qCWarning(lcLoginState) << "the sign-in state file stays locked; going on without the lock";
            return;
        }
        QThread::msleep(static_cast<unsigned long>(step));
        step = std::min(step * 2, 50);
    }
}

LoginState::Lock::~Lock() = default; // QLockFile unlocks

bool LoginState::Lock::isLocked() const
{
    return m_file->isLocked();
}

QString LoginState::counterKey(const QString &name, bool knownName) const
{
    const QString folded = name.trimmed().toCaseFolded();
    if (knownName)
        return QStringLiteral("user:") + folded;
    if (m_unknownNameKey.size() != UnknownNameKeySize)
        return QStringLiteral("unknown:"); // no key yet: no unknown name was counted
    const QByteArray mac = QMessageAuthenticationCode::hash(folded.toUtf8(), m_unknownNameKey,
                                                            QCryptographicHash::Sha256);
    return QStringLiteral("unknown:") + QString::fromLatin1(mac.left(UnknownNameTagBytes).toHex());
}

void LoginState::ensureUnknownNameKey()
{
    if (m_unknownNameKey.size() == UnknownNameKeySize)
        return;
    m_unknownNameKey.resize(UnknownNameKeySize);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(m_unknownNameKey.data()),
        reinterpret_cast<quint32 *>(m_unknownNameKey.data() + UnknownNameKeySize));
}

LoginState LoginState::load(const QString &path)
{
    LoginState state;
    QFile file(path);
    if (!file.exists())
        return state;
    state.m_status = FileStatus::Damaged;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcLoginState) << "cannot read the sign-in state file; starting from an empty one";
        return state;
    }
    if (file.size() > MaxFileBytes) {
        qCWarning(lcLoginState) << "the sign-in state file is too large; starting from an empty one";
        return state;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxFileBytes), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcLoginState) << "the sign-in state file is damaged; starting from an empty one";
        return state;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version != QJsonValue(1) && version != QJsonValue(FormatVersion)) {
        qCWarning(lcLoginState)
            << "the sign-in state file has an unknown version; starting from an empty one";
        return state;
    }
    state.m_status = FileStatus::Present;
    const QByteArray key = QByteArray::fromBase64(
        root.value(QStringLiteral("unknown_name_key")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() == UnknownNameKeySize)
        state.m_unknownNameKey = key;
    const QJsonObject counters = root.value(QStringLiteral("counters")).toObject();
    for (auto it = counters.begin(); it != counters.end(); ++it) {
        // Unknown names' counters mean nothing without the key they were tagged with.
        if (!isCounterKey(it.key()) || state.m_counters.size() >= MaxCounters
            || (it.key().startsWith(QLatin1String("unknown:")) && state.m_unknownNameKey.isEmpty()))
            continue;
        const QJsonObject c = it.value().toObject();
        const QJsonValue failures = c.value(QStringLiteral("failures"));
        if (!failures.isDouble() || failures.toDouble() != failures.toInt() || failures.toInt() < 1
            || failures.toInt() > MaxFailures)
            continue;
        Counter counter;
        counter.failures = failures.toInt();
        // Unreadable: left invalid here, taken as now by clampTimes().
        counter.lastFailure = QDateTime::fromString(c.value(QStringLiteral("last_failure")).toString(),
                                                    Qt::ISODateWithMs);
        state.m_counters.insert(it.key(), counter);
    }
    state.setLockoutThreshold(root.value(QStringLiteral("lockout_threshold")).toInt(DefaultLockoutThreshold));
    const QJsonArray pending = root.value(QStringLiteral("pending_audit")).toArray();
    // Refused before and not yet reported by a sign-in (bounded: it is only a count).
    state.m_refused = std::clamp(root.value(QStringLiteral("refused_records")).toInt(), 0, MaxPendingRecords);
    for (const QJsonValue &v : pending) {
        if (v.isObject() && isWellFormedPending(v.toObject()) && state.m_pending.size() < MaxPendingRecords)
            state.m_pending.append(fromJson(v.toObject()));
        else
            ++state.m_refused;
    }
    if (state.m_refused > 0)
        qCWarning(lcLoginState) << state.m_refused << "pending sign-in record(s) of unexpected shape skipped";
    const QJsonObject anchor = root.value(QStringLiteral("audit_anchor")).toObject();
    const QString seqText = anchor.value(QStringLiteral("seq")).toString();
    const QString hashText = anchor.value(QStringLiteral("hash")).toString();
    bool seqOk = false;
    const qint64 seq = seqText.toLongLong(&seqOk);
    if (seqOk && seq >= 0 && seqText == QString::number(seq) && hashText.size() == 64 && isHex(hashText))
        state.m_anchor = AuditChainHead{seq, QByteArray::fromHex(hashText.toLatin1())};
    else if (!anchor.isEmpty())
        qCWarning(lcLoginState) << "the audit anchor in the sign-in state file is malformed; ignored";
    return state;
}

bool LoginState::clampTimes(const QDateTime &now)
{
    bool changed = false;
    for (Counter &c : m_counters) {
        if (!c.lastFailure.isValid() || c.lastFailure > now) {
            c.lastFailure = now;
            changed = true;
        }
    }
    return changed;
}

LoginState LoginState::current(const QString &path, const QDateTime &now)
{
    LoginState state = load(path);
    if (state.clampTimes(now))
        (void)update(path, now, [](LoginState &) {});
    return state;
}

Result<void> LoginState::update(const QString &path, const QDateTime &now,
                                const std::function<void(LoginState &)> &change)
{
    Lock lock(path);
    LoginState state = load(path);
    state.clampTimes(now);
    change(state);
    return state.save(path);
}

Result<void> LoginState::save(const QString &path) const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), FormatVersion);
    QJsonObject counters;
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it) {
        QJsonObject c;
        c.insert(QStringLiteral("failures"), it->failures);
        c.insert(QStringLiteral("last_failure"), it->lastFailure.toUTC().toString(Qt::ISODateWithMs));
        counters.insert(it.key(), c);
    }
    root.insert(QStringLiteral("counters"), counters);
    root.insert(QStringLiteral("lockout_threshold"), m_lockoutThreshold);
    if (m_unknownNameKey.size() == UnknownNameKeySize)
        root.insert(QStringLiteral("unknown_name_key"), QString::fromLatin1(m_unknownNameKey.toBase64()));
    QJsonArray pending;
    for (const AuditRecord &r : m_pending)
        pending.append(toJson(r));
    root.insert(QStringLiteral("pending_audit"), pending);
    if (m_refused > 0)
        root.insert(QStringLiteral("refused_records"), m_refused);
    if (m_anchor) {
        QJsonObject anchor;
        anchor.insert(QStringLiteral("seq"), QString::number(m_anchor->seq));
        anchor.insert(QStringLiteral("hash"), QString::fromLatin1(m_anchor->hash.toHex()));
        root.insert(QStringLiteral("audit_anchor"), anchor);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write the sign-in state file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write the sign-in state file %1: %2").arg(path, file.errorString()));
    return {};
}

int LoginState::failures(const QString &name, bool knownName) const
{
    return m_counters.value(counterKey(name, knownName)).failures;
}

QDateTime LoginState::lastFailure(const QString &name, bool knownName) const
{
    return m_counters.value(counterKey(name, knownName)).lastFailure;
}

int LoginState::delaySeconds(int failures)
{
    if (failures <= 0)
        return 0;
    // 1, 2, 4, ... seconds, at most five minutes.
    const int exponent = std::min(failures - 1, 16);
    return std::min(1 << exponent, MaxDelaySeconds);
}

int LoginState::secondsToWait(const QString &name, bool knownName, const QDateTime &now) const
{
    const Counter c = m_counters.value(counterKey(name, knownName));
    if (c.failures == 0)
        return 0;
    // A time after now (or none) counts as now: never a wait longer than the delay.
    const QDateTime last = c.lastFailure.isValid() && c.lastFailure <= now ? c.lastFailure : now;
    const qint64 elapsed = last.secsTo(now);
    const qint64 wait = delaySeconds(c.failures) - std::max<qint64>(0, elapsed);
    return static_cast<int>(std::max<qint64>(0, wait));
}

int LoginState::recordFailure(const QString &name, bool knownName, const QDateTime &when)
{
    if (!knownName)
        ensureUnknownNameKey();
    Counter &c = m_counters[counterKey(name, knownName)];
    c.failures = std::min(c.failures + 1, MaxFailures);
    c.lastFailure = when;
    return c.failures;
}

void LoginState::seedFailures(const QString &name, int failures, const QDateTime &last)
{
    if (failures < 1 || !last.isValid())
        return;
    Counter &c = m_counters[counterKey(name, true)];
    if (c.failures >= failures)
        return;
    c.failures = std::min(failures, MaxFailures);
    if (!c.lastFailure.isValid() || c.lastFailure < last)
        c.lastFailure = last;
}

void LoginState::clearFailures(const QString &name, bool knownName)
{
    m_counters.remove(counterKey(name, knownName));
}

QStringList LoginState::lockedOutNames() const
{
    QStringList names;
    const QLatin1String prefix("user:");
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it) {
        if (it->failures >= m_lockoutThreshold && it.key().startsWith(prefix))
            names << it.key().mid(prefix.size());
    }
    return names;
}

void LoginState::addPendingAudit(const AuditRecord &record)
{
    m_pending.append(record);
}

QList<AuditRecord> LoginState::takePendingAudit()
{
    return std::exchange(m_pending, {});
}

void LoginState::setLockoutThreshold(int failures)
{
    m_lockoutThreshold = std::clamp(failures, MinLockoutThreshold, MaxLockoutThreshold);
}

} // namespace stockbook::security
