// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class FieldForm;

// The idle lock and the lockout threshold, applied through SettingsService.
// The idle lock applies to the signed-in session at once.
class SecurityTab : public QWidget {
    Q_OBJECT

public:
    SecurityTab(CompanySession &company, QWidget *parent = nullptr);
    ~SecurityTab() override;

    void reload();
    void apply();

    QString errorText(const QString &field) const;
    QString statusText() const;

private:
    CompanySession &m_company;
    std::unique_ptr<FieldForm> m_form;
    int m_loadedIdle = 0;
    int m_loadedLockout = 0;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_lockout = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace stockbook::ui
