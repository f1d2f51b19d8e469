// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

// Driving the widgets as a person would, for the GUI test programs (they run
// offscreen, with the QApplication that tests/support/TestMain.cpp makes):
// finding a widget by its object name, typing where the keyboard focus is,
// filling a field, adding a line by keyboard, signing in, and answering a
// dialog that the code under test opens and waits in.

#include "Wait.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSize>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <functional>
#include <utility>

namespace stockbook::test {

// The child of `parent` (at any depth) of type T with this object name; the
// case fails when there is none.
template <typename T>
T *named(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(found);
    return found;
}

// Shows a window, at `size` when one is given, and waits until it is active,
// so that keys typed next reach it.
inline void showActive(QWidget &window, QSize size = {})
{
    if (size.isValid())
        window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The widget with the keyboard focus, after the events already posted (a
// focus change among them) have been delivered.
inline QWidget *focused()
{
    QCoreApplication::processEvents();
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

// Typed where a person's keyboard would send it: the focus widget.
inline void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// One key (with modifiers) to the focus widget, then what it set off.
inline void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
    QCoreApplication::processEvents();
}

// Clears the line edit `name` inside `root` and types `text` into it.
inline void typeInto(QWidget &root, const char *name, const QString &text)
{
    auto *edit = named<QLineEdit>(root, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// A line added by keyboard, as the invoice entry and the stock dialogs take
// it: in the product field `productField` (which has the focus), a SKU,
// barcode or part of a name and Enter; that opens the new line's quantity,
// where Ctrl+A, the quantity and Enter go back to the product field.
inline void enterLine(const char *productField, const QString &code, const QString &quantity)
{
    REQUIRE(focused()->objectName() == QLatin1String(productField));
    type(code);
    key(Qt::Key_Return);
    REQUIRE(qobject_cast<QLineEdit *>(focused()));
    REQUIRE(focused()->objectName() != QLatin1String(productField)); // the quantity's editor
    key(Qt::Key_A, Qt::ControlModifier);
    type(quantity);
    key(Qt::Key_Return);
    REQUIRE(focused()->objectName() == QLatin1String(productField));
}

// In a login dialog ("usernameEdit", "passwordEdit", "signInButton"): the
// user name when one is given (otherwise the one shown stays), the
// password, and a click on the sign-in button.
inline void signIn(QWidget &login, const QString &password, const QString &username = {})
{
    if (!username.isEmpty())
        typeInto(login, "usernameEdit", username);
    typeInto(login, "passwordEdit", password);
    QTest::mouseClick(named<QPushButton>(login, "signInButton"), Qt::LeftButton);
}

// A whole file, or the case fails.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    INFO("reading " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Answers a dialog the code under test opens, typically one it then waits
// in (exec(), QMessageBox::question, QInputDialog::getText) so the test
// cannot reach it afterwards. From the moment it is made, the event loop
// (the dialog's own included) looks every 10 ms for a visible window of type
// Dialog named `name` (any name when empty); the first one found is handed
// to `answer`, once, which fills it in and accepts or rejects it.
//
// A failed REQUIRE inside `answer` is recorded by Catch2 as usual but not
// thrown on through Qt's event loop: the dialog is closed instead, so the
// code waiting in it returns, and answered() stays false. Check afterwards:
//
//     test::DialogAnswer<QMessageBox> question("overStockQuestion", [](QMessageBox &box) {
//         box.button(QMessageBox::Yes)->click();
//     });
//     postButton->click();            // asks, and waits for the answer
//     REQUIRE(question.answered());   // or REQUIRE_EVENTUALLY when it does not wait
template <typename Dialog>
class DialogAnswer {
public:
    DialogAnswer(const char *name, std::function<void(Dialog &)> answer)
        : m_name(QString::fromLatin1(name)), m_answer(std::move(answer))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { look(); });
        m_timer.start();
    }
    DialogAnswer(const DialogAnswer &) = delete;
    DialogAnswer &operator=(const DialogAnswer &) = delete;

    // The dialog was found and `answer` returned normally.
    bool answered() const { return m_answered; }
    // The dialog was found (answered or not).
    bool found() const { return m_found; }

private:
    void look()
    {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<Dialog *>(window);
            if (!dialog || !dialog->isVisible() || (!m_name.isEmpty() && dialog->objectName() != m_name))
                continue;
            m_timer.stop();
            m_found = true;
            try {
                m_answer(*dialog);
                m_answered = true;
            } catch (...) {
                // Catch2 has recorded the failed assertion; let the code
                // waiting in the dialog go on.
                if (auto *asDialog = qobject_cast<QDialog *>(window))
                    asDialog->reject();
                else
                    window->close();
            }
            return;
        }
    }

    QString m_name;
    std::function<void(Dialog &)> m_answer;
    QTimer m_timer;
    bool m_found = false;
    bool m_answered = false;
};

// Stockbook's translation (and Qt's, when installed) for a language while it
// lives; English needs none.
class Language {
public:
    explicit Language(const QString &language)
    {
        if (language == QLatin1String("en"))
            return;
        REQUIRE(m_own.load(QLocale(language), QStringLiteral("stockbook"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_own);
        if (m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
    }

private:
    QTranslator m_own;
    QTranslator m_qt;
};

} // namespace stockbook::test
