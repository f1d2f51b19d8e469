// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// A demo company ready to sign in to: its file and, when it was made just
// now, the logins the demo generator chose (shown once, like a recovery key;
// a demo made on an earlier run has none to show).
struct DemoCompany {
    struct Login {
        QString username;
        QString role;
        QString password;
    };
    QString path;
    QList<Login> logins;
    QString recoveryKey;
};

// Makes (or finds) the demo company; parent is the wizard, for any progress
// it shows. Unset until the application provides one.
using DemoCompanyProvider = std::function<Result<DemoCompany>(QWidget *parent)>;

// The first run: create a company (name, currency, default tax rate, first
// administrator, then the recovery key to print or save) or explore a demo
// company. The company is created when the administrator page is left
// (with the production KDF); from then on the wizard cannot go back. The
// demo is made when the start page is left with the demo chosen; its page
// shows the logins, and after Finish demoCompanyPath() names the file to
// sign in to (takeCompany() is then empty). Once the company exists, closing
// the wizard (Escape, the window's close button) asks whether the recovery
// key is stored: no keeps the wizard open, yes finishes it like Finish.
class FirstRunWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { StartPageId, CompanyPageId, AdminPageId, RecoveryPageId, DemoPageId };

    explicit FirstRunWizard(const QString &companyPath, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Where the demo option leads; without one the option is disabled and
    // says why.
    static void setDemoCompanyProvider(DemoCompanyProvider provider);

    QString companyPath() const { return m_path; }
    std::unique_ptr<CompanySession> takeCompany();
    // The demo company's file once the demo path finished; empty otherwise.
    QString demoCompanyPath() const { return m_demoFinished && m_demo ? m_demo->path : QString(); }
    // The first demo login's user name (for the sign-in), or empty.
    QString demoUsername() const;
    // Whether the start page's "open a company on a server" finished the
    // wizard (nothing was created; the window then asks for the address).
    bool serverChosen() const { return m_serverChosen; }
    void setServerChosen(bool chosen) { m_serverChosen = chosen; }

    // Used by the pages.
    Result<void> createCompany();
    QString recoveryKeyText() const { return m_recoveryKey; }
    // Runs the demo provider once; later calls reuse what it gave.
    Result<void> prepareDemo();
    const DemoCompany *demo() const { return m_demo ? &*m_demo : nullptr; }

    void accept() override;
    void reject() override;

private:
    QString m_path;
    QString m_recoveryKey;
    std::unique_ptr<CompanySession> m_company;
    std::optional<DemoCompany> m_demo;
    bool m_demoFinished = false;
    bool m_serverChosen = false;
    bool m_askingToClose = false;
};

} // namespace stockbook::ui
