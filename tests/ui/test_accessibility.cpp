// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "about/AboutDialog.h"
#include "firstrun/FirstRunWizard.h"
#include "invoices/ReversePaymentDialog.h"
#include "lock/LockWidget.h"
#include "login/ChangePasswordDialog.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace stockbook;

namespace {

bool isInput(const QWidget *w)
{
    // Line edits inside combo boxes and spin boxes are named by their owner.
    if (qobject_cast<const QLineEdit *>(w))
        return !qobject_cast<const QComboBox *>(w->parentWidget())
            && !qobject_cast<const QAbstractSpinBox *>(w->parentWidget());
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QListWidget *>(w);
}

// Every input of the tree has a label whose buddy it is, or an accessible
// name, and an object name tests can find it by.
void checkInputsAreNamed(const QWidget &root)
{
    const QList<QLabel *> labels = root.findChildren<QLabel *>();
    int inputs = 0;
    for (const QWidget *w : root.findChildren<QWidget *>()) {
        if (!isInput(w))
            continue;
        ++inputs;
        INFO(root.objectName().toStdString()
             << ": " << w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK_FALSE(w->objectName().isEmpty());
        const bool hasBuddy = std::any_of(labels.begin(), labels.end(), [w](const QLabel *l) {
            return l->buddy() == w && !l->text().isEmpty();
        });
        CHECK((hasBuddy || !w->accessibleName().isEmpty()));
    }
    CHECK(inputs > 0);
}

} // namespace

TEST_CASE("Every input of every dialog has a buddy label or an accessible name")
{
    test::TestCompany tc;

    ui::ChangePasswordDialog change(*tc.company, true);
    checkInputsAreNamed(change);

    ui::LockWidget lock;
    lock.prepare(tc.path, QStringLiteral("anna"));
    checkInputsAreNamed(lock);

    ui::FirstRunWizard wizard(QDir(tc.dir.path()).filePath(QStringLiteral("new.stockbook")));
    for (const int id : wizard.pageIds()) {
        if (id == ui::FirstRunWizard::StartPageId)
            continue; // radio buttons and text only
        checkInputsAreNamed(*wizard.page(id));
    }

    ui::TransferDialog transfer(*tc.company);
    checkInputsAreNamed(transfer);
    ui::StocktakeDialog stocktake(*tc.company);
    checkInputsAreNamed(stocktake);
    Payment payment;
    payment.id = 1;
    payment.amount = 100;
    ui::ReversePaymentDialog reverse(*tc.company, payment, QStringLiteral("S-2026-000001"));
    checkInputsAreNamed(reverse);

    ui::MainWindow window;
    window.setCompany(std::move(tc.company));
    checkInputsAreNamed(window);
    tc.company = nullptr;

    ui::LoginDialog login(tc.path);
    checkInputsAreNamed(login);
}

TEST_CASE("The About dialog names the Qt, SQLCipher and OpenSSL versions")
{
    ui::AboutDialog about;
    const QString text = ui::AboutDialog::versionsText();
    CHECK(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(text.contains(QStringLiteral("SQLCipher 3.")));
    CHECK(text.contains(QStringLiteral("OpenSSL 3.")));
}
