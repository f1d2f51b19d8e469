// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CompanyFixture.h"

#include "lists/ListPages.h"
#include "mainwindow/MainWindow.h"
#include "services/CompanyService.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace stockbook;

namespace {

template <typename T>
T *named(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(widget);
    return widget;
}

QString cell(ui::SettingsDialog &dialog, const QString &user, int column)
{
    auto *table = named<QTableWidget>(dialog, "settingsUsersTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == user)
            return table->item(row, column)->text();
    }
    return {};
}

} // namespace

TEST_CASE("settings as admin: add a clerk, change the role, deactivate", "[settings]")
{
    test::TestCompany tc;
    QString temporary;
    {
        ui::SettingsDialog dialog(*tc.company);
        QTest::keyClicks(named<QLineEdit>(dialog, "settingsNewUsername"), QStringLiteral("carl"));
        auto *role = named<QComboBox>(dialog, "settingsRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
        named<QPushButton>(dialog, "settingsAddUserButton")->click();
        auto *password = named<QLineEdit>(dialog, "settingsTemporaryPassword");
        CHECK(password->isVisibleTo(&dialog));
        CHECK(password->isReadOnly());
        temporary = password->text();
        CHECK_FALSE(temporary.isEmpty());
        CHECK(cell(dialog, QStringLiteral("carl"), 3) == QLatin1String("clerk"));
        CHECK(cell(dialog, QStringLiteral("carl"), 5) == QLatin1String("Must change password"));

        REQUIRE(dialog.selectUser(QStringLiteral("carl")));
        role->setCurrentIndex(role->findData(QStringLiteral("manager")));
        named<QPushButton>(dialog, "settingsChangeRoleButton")->click();
        CHECK(cell(dialog, QStringLiteral("carl"), 3) == QLatin1String("manager"));

        REQUIRE(dialog.selectUser(QStringLiteral("carl")));
        named<QPushButton>(dialog, "settingsActiveButton")->click();
        CHECK(cell(dialog, QStringLiteral("carl"), 4) == QLatin1String("Deactivated"));
        REQUIRE(dialog.selectUser(QStringLiteral("carl")));
        named<QPushButton>(dialog, "settingsActiveButton")->click();
        CHECK(cell(dialog, QStringLiteral("carl"), 4) == QLatin1String("Active"));
    }
    tc.company.reset();
    const QByteArray bytes = temporary.toUtf8();
    auto signedIn = CompanyService::signIn(
        tc.path, QStringLiteral("carl"),
        SecretBytes::copyOf({reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())}));
    REQUIRE_OK(signedIn);
    CHECK((*signedIn)->session().mustChangePassword());
}

TEST_CASE("settings: the last administrator cannot be deactivated and the reason is shown", "[settings]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    REQUIRE(dialog.selectUser(QStringLiteral("anna")));
    named<QPushButton>(dialog, "settingsActiveButton")->click();
    CHECK(cell(dialog, QStringLiteral("anna"), 4) == QLatin1String("Active"));
    CHECK(named<QLabel>(dialog, "settingsMessage")->text().startsWith(QLatin1String("Not done:")));
}

TEST_CASE("a clerk has no settings page or action", "[settings]")
{
    test::TestCompany tc;
    tc.actAs(QStringLiteral("clerk"));
    ui::MainWindow window;
    ui::registerListPages(window);
    window.setCompany(std::move(tc.company));
    CHECK_FALSE(window.showPage(QStringLiteral("settings")));
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
}

TEST_CASE("settings dialog: every input is named and labelled", "[settings][accessibility]")
{
    test::TestCompany tc;
    ui::SettingsDialog dialog(*tc.company);
    dialog.resize(1024, 700);
    for (QWidget *child : dialog.findChildren<QWidget *>()) {
        bool inner = false;
        for (QWidget *up = child->parentWidget(); up && up != &dialog; up = up->parentWidget())
            inner = inner || up->inherits("QAbstractSpinBox") || up->inherits("QComboBox")
                    || up->inherits("QAbstractItemView");
        const bool input = (child->inherits("QLineEdit") || child->inherits("QComboBox")
                            || child->inherits("QAbstractSpinBox") || child->inherits("QAbstractItemView"));
        if (inner || !input)
            continue;
        INFO(child->metaObject()->className());
        CHECK_FALSE(child->objectName().isEmpty());
        CHECK_FALSE(child->accessibleName().isEmpty());
    }
}
