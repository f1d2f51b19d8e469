// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "firstrun/FirstRunWizard.h"

#include "firstrun/FirstRunPages.h"
#include "services/accounts/CompanyService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace stockbook::ui {

namespace {

DemoCompanyProvider &demoProvider()
{
    static DemoCompanyProvider provider;
    return provider;
}

} // namespace

FirstRunWizard::FirstRunWizard(const QString &companyPath, QWidget *parent)
    : QWizard(parent), m_path(companyPath)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Stockbook"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(StartPageId, new StartPage(static_cast<bool>(demoProvider()), this));
    setPage(CompanyPageId, new CompanyPage(this));
    setPage(AdminPageId, new AdminPage(this));
    setPage(RecoveryPageId, new RecoveryPage(this));
    setPage(DemoPageId, new DemoPage(this));
    setStartId(StartPageId);
    const std::pair<QWizard::WizardButton, const char *> names[] = {
        {QWizard::BackButton, "wizardBackButton"},     {QWizard::NextButton, "wizardNextButton"},
        {QWizard::CommitButton, "wizardCommitButton"}, {QWizard::FinishButton, "wizardFinishButton"},
        {QWizard::CancelButton, "wizardCancelButton"}, {QWizard::HelpButton, "wizardHelpButton"}};
    for (const auto &[which, name] : names) {
        if (QAbstractButton *b = button(which))
            b->setObjectName(QString::fromLatin1(name));
    }
    resize(640, 520);
}

FirstRunWizard::~FirstRunWizard()
{
    m_recoveryKey.fill(QChar(u'\0'));
    if (m_demo) {
        for (DemoCompany::Login &login : m_demo->logins)
            login.password.fill(QChar(u'\0'));
        m_demo->recoveryKey.fill(QChar(u'\0'));
    }
}

void FirstRunWizard::setDemoCompanyProvider(DemoCompanyProvider provider)
{
    demoProvider() = std::move(provider);
}

std::unique_ptr<CompanySession> FirstRunWizard::takeCompany()
{
    return std::move(m_company);
}

QString FirstRunWizard::demoUsername() const
{
    return m_demo && !m_demo->logins.isEmpty() ? m_demo->logins.constFirst().username : QString();
}

Result<void> FirstRunWizard::prepareDemo()
{
    if (m_demo)
        return {};
    if (!demoProvider())
        return makeError(ErrorCode::InvalidState, tr("This version of Stockbook has no demo company."));
    auto demo = demoProvider()(this);
    if (!demo.ok())
        return demo.error();
    m_demo = std::move(demo).value();
    return {};
}

Result<void> FirstRunWizard::createCompany()
{
    auto *admin = qobject_cast<AdminPage *>(page(AdminPageId));
    auto *company = qobject_cast<CompanyPage *>(page(CompanyPageId));
    SecretBytes password = admin->takePassword();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = CompanyService::create(m_path, company->companyName(), admin->adminName(), password);
    password.clear();
    if (!created.ok()) {
        QApplication::restoreOverrideCursor();
        return created.error();
    }
    m_company = std::move(created->company);
    auto profile = CompanyService::setUpProfile(*m_company, company->currency(), company->taxRateBp());
    QApplication::restoreOverrideCursor();
    m_recoveryKey = QString::fromLatin1(reinterpret_cast<const char *>(created->recoveryKey.data()),
                                        static_cast<qsizetype>(created->recoveryKey.size()));
    // The company page checked both values, so this fails only when the file
    // does; the company exists by now and its settings can be changed later.
    if (!profile.ok())
        qWarning("stockbook: company profile not saved: %s", qPrintable(profile.error().message));
    return {};
}

void FirstRunWizard::accept()
{
    m_demoFinished = currentId() == DemoPageId && m_demo.has_value();
    QWizard::accept();
}

void FirstRunWizard::reject()
{
    // Before the company exists, closing leaves nothing behind.
    if (currentId() != RecoveryPageId || m_recoveryKey.isEmpty()) {
        QWizard::reject();
        return;
    }
    // The company exists and its recovery key is shown only now: the wizard
    // closes only as finished, once the owner says the key is stored.
    if (m_askingToClose)
        return;
    m_askingToClose = true;
    QMessageBox question(QMessageBox::Question, tr("Recovery key stored?"),
                         tr("The company has been created. Its recovery key is shown only now and opens the "
                            "company when every password is lost. Have you printed or saved it?"),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setObjectName(QStringLiteral("recoveryKeyStoredQuestion"));
    question.setDefaultButton(QMessageBox::No);
    question.setEscapeButton(QMessageBox::No);
    const bool stored = question.exec() == QMessageBox::Yes;
    m_askingToClose = false;
    if (!stored)
        return;
    setField(QStringLiteral("recoveryStored"), true);
    accept();
}

} // namespace stockbook::ui
