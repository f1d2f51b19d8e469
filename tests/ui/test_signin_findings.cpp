// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"
#include "UiDriver.h"
#include "Wait.h"

#include "mainwindow/MainWindow.h"
#include "settings/KeyDialogs.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>

using namespace stockbook;
using namespace stockbook::ui;

TEST_CASE("What sign-in found against the last checkpoint is shown once after signing in")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TestCompany tc;
    tc.actAs(QStringLiteral("manager"));
    const QStringList findings{
        QStringLiteral("users changed since the checkpoint of 2026-12-07 09:12 signed by anna"),
        QStringLiteral(
            "audit rows after the checkpoint of 2026-12-07 09:12 signed by anna, not yet attested: 3")};
    tc.company->setSignInFindings(findings);
    CompanySession *company = tc.company.get();

    MainWindow window;
    window.setCompany(std::move(tc.company));
    window.resize(1024, 700);
    window.show();
    REQUIRE_EVENTUALLY(window.findChild<QMessageBox *>(QStringLiteral("signInFindings"))
                       && window.findChild<QMessageBox *>(QStringLiteral("signInFindings"))->isVisible());
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("signInFindings"));
    CHECK(box->icon() == QMessageBox::Warning);
    CHECK(box->informativeText()
          == QStringLiteral("users changed since the checkpoint of 2026-12-07 09:12 signed by anna\n"
                            "audit rows after the checkpoint of 2026-12-07 09:12 signed by anna, not yet "
                            "attested: 3"));
    CHECK(box->text().contains(QStringLiteral("Tell an administrator.")));
    // Not modal for the application: the window stays usable behind it.
    CHECK(box->windowModality() != Qt::ApplicationModal);
    if (const QByteArray dir = qgetenv("STOCKBOOK_TEST_SCREENSHOTS"); !dir.isEmpty())
        box->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/signin-findings.png"));
    CHECK(company->signInFindings().isEmpty()); // shown once
    box->accept();
    REQUIRE_EVENTUALLY(!window.findChild<QMessageBox *>(QStringLiteral("signInFindings")));
}

TEST_CASE("Without findings no message is shown after signing in")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TestCompany tc;
    MainWindow window;
    window.setCompany(std::move(tc.company));
    window.show();
    QApplication::processEvents();
    CHECK_FALSE(window.findChild<QMessageBox *>(QStringLiteral("signInFindings")));
}

TEST_CASE("A recovery key made at sign-in (the key file's upgrade) is shown once in the recovery key dialog")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TestCompany tc;
    const QString key = QStringLiteral(
        "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH-IJKLM-NOPQR-STUVW-XYZ23-4567A");
    const QByteArray latin = key.toLatin1();
    tc.company->setNewRecoveryKey(SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(latin.constData()), static_cast<std::size_t>(latin.size())}));
    CompanySession *company = tc.company.get();

    MainWindow window;
    window.setCompany(std::move(tc.company));
    window.resize(1024, 700);
    window.show();
    REQUIRE_EVENTUALLY(window.findChild<RecoveryKeyDialog *>()
                       && window.findChild<RecoveryKeyDialog *>()->isVisible());
    auto *dialog = window.findChild<RecoveryKeyDialog *>();
    CHECK(dialog->recoveryKey() == key);
    CHECK_FALSE(company->hasNewRecoveryKey()); // taken: shown once
    if (const QByteArray dir = qgetenv("STOCKBOOK_TEST_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/upgrade-recovery-key.png"));
}
