// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QWizard>

#include <functional>
#include <memory>

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Opens a demo company to explore (made by the demo generator); parent is the
// wizard, for any progress it shows. Unset until demo data exists.
using DemoCompanyProvider = std::function<Result<std::unique_ptr<CompanySession>>(QWidget *parent)>;

// The first run: create a company (name, currency, default tax rate, first
// administrator, then the recovery key to print or save) or explore a demo
// company. The company is created when the administrator page is left
// (with the production KDF); from then on the wizard cannot go back.
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

    // Used by the pages.
    Result<void> createCompany();
    QString recoveryKeyText() const { return m_recoveryKey; }

    void accept() override;

private:
    QString m_path;
    QString m_recoveryKey;
    std::unique_ptr<CompanySession> m_company;
};

} // namespace stockbook::ui
