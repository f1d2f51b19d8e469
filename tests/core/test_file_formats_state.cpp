// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// docs/file-formats.md, "The sign-in state file", checked with a reader
// written here from the document alone: plain JSON parsing, no LoginState.
#include "TestSupport.h"

#include "security/keys/Kdf.h"
#include "security/keys/KeyVault.h"
#include "services/accounts/AccountStore.h"
#include "services/accounts/CompanyService.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <cstring>

using namespace stockbook;
using namespace stockbook::test;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)});
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern)).match(text).hasMatch();
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

// The document's rule for a name without a key slot: the first 2 bytes of
// HMAC-SHA-256 over the trimmed, case-folded name, as 4 lowercase hex digits.
QString unknownTag(const QByteArray &key, const QString &typed)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(typed.trimmed().toCaseFolded().toUtf8(), key,
                                                                QCryptographicHash::Sha256)
                                   .left(2)
                                   .toHex());
}

// The independent reader: the file's bytes as the document describes them.
struct StateFile {
    QByteArray bytes;
    QJsonObject root;

    explicit StateFile(const QString &path)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
        REQUIRE(bytes.size() <= 4 * 1024 * 1024);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        root = doc.object();
    }
};

// carl (clerk) beside the admin anna; a clock the test moves.
struct Shop {
    security::ScopedKdfCostForTesting cheapKdf;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shop.stockbook"));
    QString statePath = path + QStringLiteral(".state"); // "<company>.state"
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(8, 59), Qt::UTC);
    Clock clock = [this] { return now; };

    Shop()
    {
        auto created = CompanyService::create(path, QStringLiteral("Corner Shop"), QStringLiteral("anna"),
                                              pw("lantern-quiet-orbit-42"), clock);
        REQUIRE_OK(created);
        CompanySession &company = *created->company;
        AccountStore store(company.database());
        storage::Transaction tx(company.database());
        REQUIRE_OK(tx.begin());
        auto carl = store.insertUser(QStringLiteral("carl"), QStringLiteral("clerk"), {},
                                     QStringLiteral("Carl C"), false, now);
        REQUIRE_OK(carl);
        auto vault = security::KeyVault::load(security::KeyVault::pathFor(path));
        REQUIRE_OK(vault);
        REQUIRE_OK(vault->addOrReplaceSlot(carl.value(), QStringLiteral("carl"), pw("blue-staple-otter-77"),
                                           company.databaseKey(), company.adminSigningKey().seed));
        REQUIRE_OK(store.setSlotHash(carl.value(), vault->slotHash(carl.value()), now));
        REQUIRE_OK(vault->save(security::KeyVault::pathFor(path)));
        REQUIRE_OK(tx.commit());
    }

    Result<std::unique_ptr<CompanySession>> signIn(const QString &user, const char *password)
    {
        return CompanyService::signIn(path, user, pw(password), clock);
    }

    void at(int hour, int minute, int second)
    {
        now = QDateTime(QDate(2026, 11, 28), QTime(hour, minute, second), Qt::UTC);
    }
};

} // namespace

TEST_CASE("the state file the program writes reads as docs/file-formats.md says")
{
    Shop shop;
    // The document's example: three wrong passwords for carl, anna's sign-in,
    // one try under a name without a key slot.
    shop.at(9, 0, 0);
    REQUIRE_ERROR(shop.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    shop.at(9, 0, 1);
    REQUIRE_ERROR(shop.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    shop.at(9, 0, 3);
    REQUIRE_ERROR(shop.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    shop.at(9, 0, 4);
    qint64 headSeq = 0;
    QString headHash;
    {
        auto anna = shop.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42");
        REQUIRE_OK(anna);
        QSqlQuery q = exec(
            anna.value()->database().connection(),
            QStringLiteral("SELECT seq, lower(hex(row_hash)) FROM audit_logs ORDER BY seq DESC LIMIT 1"));
        REQUIRE(q.next());
        headSeq = q.value(0).toLongLong();
        headHash = q.value(1).toString();
    }
    shop.at(9, 0, 5);
    REQUIRE_ERROR(shop.signIn(QStringLiteral(" Correct-Horse "), "guess"), ErrorCode::WrongPassword);

    const StateFile state(shop.statePath);

    // Encoding: UTF-8 without a byte order mark, indented by four spaces,
    // keys in ascending order, a final line feed, owner-only permissions.
    CHECK_FALSE(state.bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(state.bytes.startsWith("{\n    \""));
    CHECK(state.bytes.endsWith("}\n"));
    const QFileInfo info(shop.statePath);
    CHECK(info.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    CHECK_FALSE(QFile::exists(shop.statePath + QStringLiteral(".lock"))); // held only while writing
    const QStringList topKeys{QStringLiteral("audit_anchor"),      QStringLiteral("counters"),
                              QStringLiteral("lockout_threshold"), QStringLiteral("pending_audit"),
                              QStringLiteral("unknown_name_key"),  QStringLiteral("version")};
    CHECK(keysOf(state.root) == topKeys);
    qsizetype previous = -1;
    for (const QString &key : topKeys) {
        const qsizetype at = state.bytes.indexOf("\n    \"" + key.toUtf8() + "\": ");
        CHECK(at > previous);
        previous = at;
    }

    CHECK(state.root.value(QStringLiteral("version")) == QJsonValue(2));
    CHECK(state.root.value(QStringLiteral("lockout_threshold")) == QJsonValue(10));

    // unknown_name_key: padded base64 of 32 bytes.
    const QString keyText = state.root.value(QStringLiteral("unknown_name_key")).toString();
    CHECK(matches(QStringLiteral("[A-Za-z0-9+/]{43}="), keyText));
    const QByteArray key = QByteArray::fromBase64(keyText.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    REQUIRE(key.size() == 32);

    // counters: carl's three failures (anna's were cleared by her sign-in) and
    // the unknown name under its tag; nothing of the typed name itself.
    const QString tag = unknownTag(key, QStringLiteral("Correct-Horse"));
    CHECK(matches(QStringLiteral("[0-9a-f]{4}"), tag));
    const QJsonObject counters = state.root.value(QStringLiteral("counters")).toObject();
    CHECK(keysOf(counters) == QStringList{QStringLiteral("unknown:") + tag, QStringLiteral("user:carl")});
    CHECK(counters.value(QStringLiteral("user:carl")).toObject()
          == QJsonObject{{QStringLiteral("failures"), 3},
                         {QStringLiteral("last_failure"), QStringLiteral("2026-11-28T09:00:03.000Z")}});
    CHECK(counters.value(QStringLiteral("unknown:") + tag).toObject()
          == QJsonObject{{QStringLiteral("failures"), 1},
                         {QStringLiteral("last_failure"), QStringLiteral("2026-11-28T09:00:05.000Z")}});
    CHECK_FALSE(state.bytes.toLower().contains("correct-horse"));

    // pending_audit: carl's records went into the audit log at anna's
    // sign-in; the unknown name's failure waits, naming nobody.
    const QJsonArray pending = state.root.value(QStringLiteral("pending_audit")).toArray();
    REQUIRE(pending.size() == 1);
    const QJsonObject record = pending.first().toObject();
    CHECK(record
          == QJsonObject{{QStringLiteral("action"), QStringLiteral("login.failed")},
                         {QStringLiteral("changes"),
                          QStringLiteral("{\"consecutive_failures\":1,\"known_name\":false}")},
                         {QStringLiteral("entity"), QStringLiteral("users")},
                         {QStringLiteral("entity_id"), QString()},
                         {QStringLiteral("timestamp"), QStringLiteral("2026-11-28T09:00:05.000Z")},
                         {QStringLiteral("username"), QString()}});

    // audit_anchor: the last audit row when anna signed in.
    const QJsonObject anchor = state.root.value(QStringLiteral("audit_anchor")).toObject();
    CHECK(keysOf(anchor) == QStringList{QStringLiteral("hash"), QStringLiteral("seq")});
    CHECK(matches(QStringLiteral("0|[1-9][0-9]*"), anchor.value(QStringLiteral("seq")).toString()));
    CHECK(anchor.value(QStringLiteral("seq")).toString() == QString::number(headSeq));
    CHECK(matches(QStringLiteral("[0-9a-f]{64}"), anchor.value(QStringLiteral("hash")).toString()));
    CHECK(anchor.value(QStringLiteral("hash")).toString() == headHash);
}

TEST_CASE("a state file written from the document alone is read by the program")
{
    Shop shop;
    shop.at(9, 0, 0);
    REQUIRE_OK(shop.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42")); // a file with its anchor
    StateFile written(shop.statePath);
    QJsonObject root = written.root;
    // Five failures for carl, the last 10 s ago: the next try waits 2^4 = 16 s, 6 s from now.
    shop.at(9, 1, 0);
    root.insert(QStringLiteral("counters"),
                QJsonObject{{QStringLiteral("user:carl"),
                             QJsonObject{{QStringLiteral("failures"), 5},
                                         {QStringLiteral("last_failure"),
                                          QStringLiteral("2026-11-28T09:00:50.000Z")}}},
                            // Not of the documented forms: skipped, the rest kept.
                            {QStringLiteral("user:"), QJsonObject{{QStringLiteral("failures"), 9}}},
                            {QStringLiteral("user:bad name"), QJsonObject{{QStringLiteral("failures"), 9}}}});
    root.insert(QStringLiteral("lockout_threshold"), 6);
    QFile file(shop.statePath);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)); // the layout is free
    file.close();

    auto throttled = shop.signIn(QStringLiteral("carl"), "blue-staple-otter-77");
    REQUIRE_ERROR(throttled, ErrorCode::Throttled);
    CHECK(throttled.error().field == QStringLiteral("6"));
    // The sixth failure reaches the file's threshold of 6: the account locks.
    shop.at(9, 1, 6);
    REQUIRE_ERROR(shop.signIn(QStringLiteral("carl"), "guess"), ErrorCode::WrongPassword);
    shop.at(9, 10, 0);
    REQUIRE_OK(shop.signIn(QStringLiteral("anna"), "lantern-quiet-orbit-42")); // writes the lock
    shop.at(9, 20, 0);
    auto locked = shop.signIn(QStringLiteral("carl"), "blue-staple-otter-77");
    REQUIRE_ERROR(locked, ErrorCode::WrongPassword);

    const QJsonObject counters = StateFile(shop.statePath).root.value(QStringLiteral("counters")).toObject();
    CHECK(keysOf(counters) == QStringList{QStringLiteral("user:carl")});
    CHECK(counters.value(QStringLiteral("user:carl")).toObject().value(QStringLiteral("failures"))
          == QJsonValue(7));
}

TEST_CASE("the example in docs/file-formats.md is a file of the format it describes")
{
    QFile doc(QStringLiteral(STOCKBOOK_SOURCE_DIR "/docs/file-formats.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype section = text.indexOf(QStringLiteral("## The sign-in state file"));
    REQUIRE(section >= 0);
    const qsizetype start = text.indexOf(QStringLiteral("```json\n"), section);
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("\n```"), start + 8);
    REQUIRE(end > start);
    QJsonParseError error{};
    const QJsonObject root =
        QJsonDocument::fromJson(text.mid(start + 8, end - start - 8).toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    const QByteArray key = QByteArray::fromBase64(
        root.value(QStringLiteral("unknown_name_key")).toString().toLatin1());
    REQUIRE(key.size() == 32);
    // The document's worked tag: " Correct-Horse " is counted as unknown:7451.
    CHECK(unknownTag(key, QStringLiteral(" Correct-Horse ")) == QStringLiteral("7451"));
    CHECK(root.value(QStringLiteral("counters")).toObject().contains(QStringLiteral("unknown:7451")));
    CHECK(root.value(QStringLiteral("version")) == QJsonValue(2));
}
