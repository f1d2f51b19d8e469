// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/SecurityTab.h"

#include "security/LoginState.h"
#include "services/settings/SettingsService.h"
#include "settings/SettingsSupport.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace { } // namespace

SecurityTab::SecurityTab(CompanySession &company, QWidget *parent)
    : QWidget(parent), m_company(company), m_form(std::make_unique<FieldForm>(this))
{
    setObjectName(QStringLiteral("settingsSecurityTab"));

    // The ranges are core's (SettingsService); core checks them again.
    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("settingsIdleLockMinutes"));
    m_idle->setRange(1, 30);
    m_idle->setSuffix(tr(" min"));
    m_idle->setAccessibleName(tr("Lock after idle, minutes"));
    auto *idleNote = new QLabel(
        tr("1 to 30 minutes without input; then the window locks and the company file "
           "closes."),
        this);
    idleNote->setObjectName(QStringLiteral("settingsIdleLockNote"));
    idleNote->setWordWrap(true);
    m_form->addRow(tr("&Lock after idle:"), m_idle, SettingsService::KeyIdleLockMinutes, idleNote);

    m_lockout = new QSpinBox(this);
    m_lockout->setObjectName(QStringLiteral("settingsLockoutThreshold"));
    m_lockout->setRange(3, 20);
    m_lockout->setSuffix(tr(" failures"));
    m_lockout->setAccessibleName(tr("Lock an account after failed sign-ins"));
    auto *lockoutNote = new QLabel(
        tr("3 to 20 consecutive failed sign-ins lock an account until an administrator unlocks it "
           "(the last active administrator: for 15 minutes). The recovery key always opens the company."),
        this);
    lockoutNote->setObjectName(QStringLiteral("settingsLockoutNote"));
    lockoutNote->setWordWrap(true);
    m_form->addRow(tr("Lock an &account after:"), m_lockout, SettingsService::KeyLockoutThreshold,
                   lockoutNote);

    auto *actions = new QHBoxLayout;
    m_apply = makeButton(tr("A&pply"), QStringLiteral("settingsSecurityApply"), this);
    m_revert = makeButton(tr("Re&vert"), QStringLiteral("settingsSecurityRevert"), this);
    m_revert->setToolTip(tr("Show the saved values again"));
    actions->addStretch(1);
    actions->addWidget(m_apply);
    actions->addWidget(m_revert);
    m_status = makeStatusLine(this, QStringLiteral("settingsSecurityStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form->layout());
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, &SecurityTab::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        reload();
        showStatus(m_status, tr("The saved values are shown again."), false);
    });
    reload();
}

SecurityTab::~SecurityTab() = default;

void SecurityTab::reload()
{
    m_form->clearErrors();
    auto loaded = SettingsService(m_company).get();
    if (!loaded.ok()) {
        showStatus(m_status, loaded.error().message, true);
        setEnabled(false);
        return;
    }
    m_loadedIdle = loaded->idleLockMinutes;
    m_loadedLockout = loaded->lockoutThreshold;
    m_idle->setValue(m_loadedIdle);
    m_lockout->setValue(m_loadedLockout);
}

void SecurityTab::apply()
{
    m_form->clearErrors();
    SettingsService settings(m_company);
    QStringList saved;
    QStringList general;
    int refused = 0;
    const auto record = [&](const Result<void> &done, const QString &what) {
        if (done.ok()) {
            saved << what;
            return true;
        }
        ++refused;
        if (!m_form->showError(done.error(), refused == 1))
            general << done.error().message;
        return false;
    };
    if (const int minutes = m_idle->value(); minutes != m_loadedIdle) {
        if (record(settings.setIdleLockMinutes(minutes), tr("idle lock")))
            m_loadedIdle = minutes;
    }
    if (const int failures = m_lockout->value(); failures != m_loadedLockout) {
        if (record(settings.setLockoutThreshold(failures), tr("lockout threshold")))
            m_loadedLockout = failures;
    }
    if (refused == 0 && saved.isEmpty()) {
        showStatus(m_status, tr("Nothing to apply: no value was changed."), false);
    } else if (refused == 0) {
        showStatus(m_status, tr("Saved: %1. It applies from now on.").arg(saved.join(tr(", "))), false);
    } else {
        QString text = general.isEmpty() ? tr("the values marked above were refused.") : general.join(u' ');
        if (!saved.isEmpty())
            text += u' ' + tr("Saved: %1.").arg(saved.join(tr(", ")));
        showStatus(m_status, text, true);
    }
}

QString SecurityTab::errorText(const QString &field) const
{
    return m_form->errorText(field);
}

QString SecurityTab::statusText() const
{
    return m_status->text();
}

} // namespace stockbook::ui
