// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "firstrun/FirstRunPages.h"

#include "common/Forms.h"
#include "common/PasswordStrength.h"
#include "common/RecoveryKeySheet.h"
#include "domain/Catalog.h"
#include "domain/Currency.h"
#include "domain/Money.h"
#include "firstrun/FirstRunWizard.h"
#include "services/accounts/CompanyService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

QLabel *messageLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

StartPage::StartPage(bool demoAvailable, FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Welcome to Stockbook"));
    setSubTitle(tr("No company file was found. What would you like to do?"));
    m_create = new QRadioButton(tr("&Create my company"), this);
    m_create->setObjectName(QStringLiteral("createCompanyOption"));
    m_create->setChecked(true);
    m_demo = new QRadioButton(tr("&Explore a demo company"), this);
    m_demo->setObjectName(QStringLiteral("demoCompanyOption"));
    m_demo->setEnabled(demoAvailable);
    if (!demoAvailable)
        m_demo->setToolTip(tr("Needs the demo data, which this version does not include yet."));
    auto *createNote = new QLabel(tr("Sets up your company, its currency and tax rate, and you as its "
                                     "administrator."),
                                  this);
    createNote->setObjectName(QStringLiteral("createCompanyNote"));
    createNote->setWordWrap(true);
    createNote->setIndent(24);
    auto *demoNote = new QLabel(demoAvailable
                                    ? tr("Opens a shop with sample products, customers and invoices.")
                                    : tr("Not available yet: it needs the demo data."),
                                this);
    demoNote->setObjectName(QStringLiteral("demoCompanyNote"));
    demoNote->setWordWrap(true);
    demoNote->setIndent(24);
    // A company on a server exists already: this choice finishes the wizard,
    // and the window asks for its address (ServerCompanyDialog).
    m_server = new QRadioButton(tr("Open a company on a &server"), this);
    m_server->setObjectName(QStringLiteral("serverCompanyOption"));
    auto *serverNote = new QLabel(tr("Signs in to a company that several workstations share on a PostgreSQL "
                                     "server; you need its address from your administrator."),
                                  this);
    serverNote->setObjectName(QStringLiteral("serverCompanyNote"));
    serverNote->setWordWrap(true);
    serverNote->setIndent(24);
    m_message = messageLabel("startMessage", this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_create);
    layout->addWidget(createNote);
    layout->addSpacing(12);
    layout->addWidget(m_demo);
    layout->addWidget(demoNote);
    layout->addSpacing(12);
    layout->addWidget(m_server);
    layout->addWidget(serverNote);
    layout->addWidget(m_message);
    layout->addStretch();
}

bool StartPage::validatePage()
{
    m_wizard->setServerChosen(m_server->isChecked());
    if (m_server->isChecked()) {
        // Nothing to create: the wizard ends, and the window asks for the
        // server's address (after this page's Next has returned). The
        // wizard's accept validates this page once more: then it may.
        if (m_leavingForServer)
            return true;
        m_leavingForServer = true;
        QMetaObject::invokeMethod(m_wizard, &QWizard::accept, Qt::QueuedConnection);
        return false;
    }
    if (!m_demo->isChecked())
        return true;
    if (auto demo = m_wizard->prepareDemo(); !demo.ok()) {
        showMessage(m_message, demo.error().message);
        return false;
    }
    showMessage(m_message, QString());
    return true;
}

int StartPage::nextId() const
{
    return m_demo->isChecked() ? FirstRunWizard::DemoPageId : FirstRunWizard::CompanyPageId;
}

DemoPage::DemoPage(FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("demoPage"));
    setTitle(tr("A demo company"));
    setSubTitle(tr("Try Stockbook on a sample shop before you set up your own."));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("demoText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logins = new QPlainTextEdit(this);
    m_logins->setObjectName(QStringLiteral("demoLoginsView"));
    m_logins->setAccessibleName(tr("Demo logins"));
    m_logins->setReadOnly(true);
    m_logins->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logins->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_logins);
    layout->addStretch();
}

void DemoPage::initializePage()
{
    const DemoCompany *demo = m_wizard->demo();
    if (!demo) {
        m_text->setText(tr("The demo company could not be prepared."));
        m_logins->hide();
        return;
    }
    const QString file = QDir::toNativeSeparators(demo->path);
    if (demo->logins.isEmpty()) {
        m_text->setText(tr("The demo company made earlier is in %1. Sign in with one of the logins shown "
                           "when it was made; they are not kept anywhere. For new logins, delete that file "
                           "and its .keys file, then choose the demo again. Finish shows the sign-in.")
                            .arg(file));
        m_logins->hide();
        return;
    }
    m_text->setText(
        tr("The demo company is ready in %1: products, customers, suppliers and a year of invoices to "
           "look at and change freely, apart from your own company. Each role has its own login, "
           "shown only now: note the one you want, then Finish shows the sign-in.")
            .arg(file));
    QString text;
    for (const DemoCompany::Login &login : demo->logins)
        text += tr("%1 (%2): %3").arg(login.username, login.role, login.password) + QLatin1Char('\n');
    if (!demo->recoveryKey.isEmpty())
        text += QLatin1Char('\n') + tr("Recovery key: %1").arg(demo->recoveryKey) + QLatin1Char('\n');
    m_logins->setPlainText(text);
    text.fill(QChar(u'\0'));
    m_logins->show();
}

void DemoPage::cleanupPage()
{
    m_logins->clear();
}

CompanyPage::CompanyPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("companyPage"));
    setTitle(tr("Your company"));
    setSubTitle(tr("The name appears on invoices. The currency and the default tax rate can be changed later "
                   "in the settings."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("companyNameEdit"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD"),
                          QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("DKK"),
                          QStringLiteral("NOK"), QStringLiteral("PLN"), QStringLiteral("CZK"),
                          QStringLiteral("CAD"), QStringLiteral("AUD")});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    m_currency->setCurrentText(local.size() == 3 ? local : QStringLiteral("EUR"));
    m_taxRate = new QLineEdit(QStringLiteral("20"), this);
    m_taxRate->setObjectName(QStringLiteral("taxRateEdit"));
    m_message = messageLabel("companyMessage", this);

    auto *form = new QFormLayout;
    addFormRow(form, tr("Company na&me:"), m_name);
    addFormRow(form, tr("&Currency (ISO code):"), m_currency);
    addFormRow(form, tr("Default &tax rate (%):"), m_taxRate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    connect(m_taxRate, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString CompanyPage::companyName() const
{
    return m_name->text().trimmed();
}

QString CompanyPage::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

int CompanyPage::taxRateBp() const
{
    const auto bp = parsePercent(m_taxRate->text());
    return bp ? static_cast<int>(*bp) : -1;
}

bool CompanyPage::isComplete() const
{
    return !companyName().isEmpty() && currency().size() == 3 && !m_taxRate->text().trimmed().isEmpty();
}

bool CompanyPage::validatePage()
{
    if (auto known = checkCurrencyCode(currency()); !known.ok()) {
        showMessage(m_message, known.error().message);
        m_currency->setFocus();
        return false;
    }
    const int bp = taxRateBp();
    if (bp < 0 || !isValidTaxRate(bp)) {
        showMessage(m_message,
                    bp < 0 ? tr("Enter the tax rate as a percentage, such as 20 or 7.5.")
                           : taxRateRangeMessage());
        m_taxRate->setFocus();
        return false;
    }
    showMessage(m_message, QString());
    return true;
}

AdminPage::AdminPage(FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("adminPage"));
    setTitle(tr("The first administrator"));
    setSubTitle(tr("This account manages users, settings and backups. Its password opens the company file."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create company"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminNameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength = new PasswordStrength(m_password, m_repeat, this);
    auto *rules = new QLabel(PasswordStrength::rulesText(), this);
    rules->setObjectName(QStringLiteral("adminPasswordRules"));
    rules->setWordWrap(true);
    m_message = messageLabel("adminMessage", this);

    auto *form = new QFormLayout;
    addFormRow(form, tr("&User name:"), m_name);
    addFormRow(form, tr("&Password:"), m_password);
    addFormRow(form, tr("&Repeat password:"), m_repeat);
    form->addRow(QString(), m_strength);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        initializePage();
        emit completeChanged();
    });
    connect(m_strength, &PasswordStrength::changed, this, &QWizardPage::completeChanged);
}

void AdminPage::initializePage()
{
    auto *company = qobject_cast<CompanyPage *>(wizard()->page(FirstRunWizard::CompanyPageId));
    m_strength->setContext({adminName(), QString(), company ? company->companyName() : QString()});
}

QString AdminPage::adminName() const
{
    return m_name->text().trimmed();
}

SecretBytes AdminPage::takePassword()
{
    ui::wipeField(m_repeat);
    return ui::takePassword(m_password);
}

bool AdminPage::isComplete() const
{
    return CompanyService::validateUsername(adminName()).ok() && m_strength->isAcceptable();
}

bool AdminPage::validatePage()
{
    if (auto created = m_wizard->createCompany(); !created.ok()) {
        showMessage(m_message, created.error().message);
        return false;
    }
    return true;
}

RecoveryPage::RecoveryPage(FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("recoveryPage"));
    setTitle(tr("Your recovery key"));
    setSubTitle(
        tr("It opens the company when every password is lost. It is shown only now: print it or save it, "
           "and keep it away from this computer."));
    m_key = new QPlainTextEdit(this);
    m_key->setObjectName(QStringLiteral("recoveryKeyView"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_key->setReadOnly(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setMaximumHeight(90);
    auto *print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    auto *save = new QPushButton(tr("&Save…"), this);
    save->setObjectName(QStringLiteral("saveRecoveryKeyButton"));
    m_stored = new QCheckBox(tr("I have stored the recovery &key"), this);
    m_stored->setObjectName(QStringLiteral("recoveryStoredCheck"));
    registerField(QStringLiteral("recoveryStored*"), m_stored);
    m_message = messageLabel("recoveryMessage", this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_key);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_stored);
    connect(print, &QPushButton::clicked, this, &RecoveryPage::print);
    connect(save, &QPushButton::clicked, this, &RecoveryPage::save);
}

void RecoveryPage::initializePage()
{
    m_key->setPlainText(m_wizard->recoveryKeyText());
    // The company exists now: the only way on is to store the key and finish.
    wizard()->setOption(QWizard::NoCancelButton, true);
}

void RecoveryPage::cleanupPage()
{
    m_key->clear();
}

void RecoveryPage::print()
{
    printRecoveryKey(this, m_wizard->companyPath(), m_key->toPlainText(),
                     [this](const QString &done) { showMessage(m_message, done); });
}

void RecoveryPage::save()
{
    saveRecoveryKey(this, m_key->toPlainText(),
                    [this](const QString &done) { showMessage(m_message, done); });
}

} // namespace stockbook::ui
