// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per numerusform
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete"))
                    current.unfinished = true;
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << current;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// %1..%9, %L1..%L9 and %n as they appear in the text.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

QString tsPath(const QString &language)
{
    return QDir(QStringLiteral(STOCKBOOK_TRANSLATIONS_SOURCE_DIR))
        .filePath(QStringLiteral("stockbook_%1.ts").arg(language));
}

} // namespace

TEST_CASE("each .ts file is completely translated, placeholders kept", "[translations]")
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        INFO("language " << language.toStdString());
        const QList<Message> messages = readTs(tsPath(language));
        CHECK(messages.size() > 1100);
        for (const Message &m : messages) {
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            CHECK_FALSE(m.unfinished);
            REQUIRE_FALSE(m.translations.isEmpty());
            if (m.numerus)
                CHECK(m.translations.size() == 2); // German and French: singular, plural
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &translation : m.translations) {
                INFO("translation: " << translation.toStdString());
                CHECK_FALSE(translation.trimmed().isEmpty());
                QSet<QString> have = placeholders(translation);
                // The singular form may spell the number out ("ein Artikel").
                if (m.numerus && &translation == &m.translations.constFirst())
                    have.insert(QStringLiteral("%n"));
                for (const QString &p : wanted)
                    CHECK(have.contains(p));
                // An accelerator in the source needs one in the translation.
                if (m.source.contains(QRegularExpression(QStringLiteral("&[^& ]"))))
                    CHECK(translation.contains(QRegularExpression(QStringLiteral("&[^& ]"))));
            }
        }
    }
}

TEST_CASE("the built-in .qm files translate known strings", "[translations]")
{
    struct Case {
        const char *context;
        const char *source;
        const char *de;
        const char *fr;
    };
    const Case cases[] = {
        {"stockbook::ui::MainWindow", "&File", "&Datei", "&Fichier"},
        {"stockbook::ui::LoginDialog", "&Sign in", "&Anmelden", "Se &connecter"},
        {"stockbook::ui::LoginDialog", "&Password:", "&Passwort:", "&Mot de passe :"},
        // The contexts of free functions' tr() helpers: lupdate files them
        // under their namespace, and the code must ask for the same one.
        {"stockbook::ui", "All warehouses", "Alle Lager", "Tous les entrepôts"},
        {"stockbook::print", "Bill to", "Rechnungsempfänger", "Facturer à"},
        {"stockbook::cli", "Usage: %1", "Verwendung: %1", "Utilisation : %1"},
    };
    for (const char *language : {"de", "fr"}) {
        QTranslator translator;
        REQUIRE(translator.load(QLocale(QString::fromLatin1(language)), QStringLiteral("stockbook"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        CHECK_FALSE(translator.isEmpty());
        for (const Case &c : cases) {
            INFO(language << " " << c.source);
            const QString expected = QString::fromUtf8(language == QByteArray("de") ? c.de : c.fr);
            CHECK(translator.translate(c.context, c.source) == expected);
        }
    }
}

TEST_CASE("English has its plural forms: one invoice, two invoices, never invoice(s)", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::English), QStringLiteral("stockbook"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    CHECK(translator.translate("stockbook::ui::DashboardWidget", "%n invoice(s)", nullptr, 1)
          == QStringLiteral("%n invoice"));
    CHECK(translator.translate("stockbook::ui::DashboardWidget", "%n invoice(s)", nullptr, 2)
          == QStringLiteral("%n invoices"));
    CHECK(translator.translate("stockbook::ui::ListPage", "%n row(s)", nullptr, 5)
          == QStringLiteral("%n rows"));
    // Every plural of the German file has its English forms, none with "(s)".
    const QList<Message> german = readTs(tsPath(QStringLiteral("de")));
    const QList<Message> english = readTs(tsPath(QStringLiteral("en")));
    int plurals = 0;
    for (const Message &m : german) {
        if (!m.numerus)
            continue;
        ++plurals;
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        const QString one = translator.translate(m.context.toUtf8().constData(),
                                                 m.source.toUtf8().constData(), nullptr, 1);
        const QString many = translator.translate(m.context.toUtf8().constData(),
                                                  m.source.toUtf8().constData(), nullptr, 3);
        CHECK_FALSE(one.isEmpty());
        CHECK_FALSE(one.contains(QStringLiteral("(s)")));
        CHECK_FALSE(many.contains(QStringLiteral("(s)")));
    }
    CHECK(plurals >= 19);
    CHECK(english.size() == plurals);
}
