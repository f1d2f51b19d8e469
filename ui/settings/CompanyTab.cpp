// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/CompanyTab.h"

#include "settings/SettingsSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtMath>

namespace stockbook::ui {

namespace {

// main() reads this before a company is open; see installTranslators().
void rememberLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QString accessible(const QString &label)
{
    return QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
}

} // namespace

CompanyTab::CompanyTab(CompanySession &company, QWidget *parent)
    : QWidget(parent), m_company(company), m_form(std::make_unique<FieldForm>(this))
{
    setObjectName(QStringLiteral("settingsCompanyTab"));

    m_name = lineEdit(QStringLiteral("settingsCompanyName"), this);
    m_form->addRow(tr("&Name:"), m_name, SettingsService::KeyCompanyName);
    m_name->setAccessibleName(tr("Company name"));

    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("settingsCompanyAddress"));
    m_address->setTabChangesFocus(true);
    const int margins = 2 * m_address->frameWidth() + 2 * qCeil(m_address->document()->documentMargin());
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + margins);
    m_form->addRow(tr("&Address:"), m_address, SettingsService::KeyAddress);
    m_address->setAccessibleName(accessible(tr("&Address:")));

    m_taxId = lineEdit(QStringLiteral("settingsCompanyTaxId"), this);
    m_taxId->setPlaceholderText(tr("e.g. GB123456789"));
    m_form->addRow(tr("&Tax number:"), m_taxId, SettingsService::KeyTaxId);
    m_taxId->setAccessibleName(accessible(tr("&Tax number:")));

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("settingsCompanyCurrency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD"),
                          QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("DKK"),
                          QStringLiteral("NOK"), QStringLiteral("PLN"), QStringLiteral("CZK"),
                          QStringLiteral("CAD"), QStringLiteral("AUD")});
    m_currency->lineEdit()->setMaxLength(3);
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *currencyNote = new QLabel(tr("the three-letter ISO 4217 code, e.g. EUR, GBP, USD"), this);
    currencyNote->setObjectName(QStringLiteral("settingsCompanyCurrencyNote"));
    m_form->addRow(tr("Cu&rrency:"), m_currency, SettingsService::KeyCurrency, currencyNote);
    m_currency->setAccessibleName(accessible(tr("Cu&rrency:")));
    m_currency->lineEdit()->setAccessibleName(m_currency->accessibleName());

    auto *logoLine = new QWidget(this);
    logoLine->setObjectName(QStringLiteral("settingsCompanyLogoLine"));
    auto *logoRow = new QHBoxLayout(logoLine);
    logoRow->setContentsMargins(0, 0, 0, 0);
    m_logo = new QLabel(logoLine);
    m_logo->setObjectName(QStringLiteral("settingsCompanyLogoPreview"));
    m_logo->setAccessibleName(tr("Logo preview"));
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    const int lineHeight = fontMetrics().height();
    m_logo->setFixedSize(lineHeight * 8, lineHeight * 4);
    m_chooseLogo = makeButton(tr("Ch&oose image…"), QStringLiteral("settingsCompanyLogoChoose"), logoLine);
    m_removeLogo = makeButton(tr("Re&move"), QStringLiteral("settingsCompanyLogoRemove"), logoLine);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_chooseLogo);
    buttons->addWidget(m_removeLogo);
    buttons->addStretch(1);
    logoRow->addWidget(m_logo);
    logoRow->addLayout(buttons);
    logoRow->addStretch(1);
    m_form->addGroupRow(tr("Logo:"), logoLine, m_chooseLogo, SettingsService::KeyLogo);

    auto *prices = new QWidget(this);
    prices->setObjectName(QStringLiteral("settingsCompanyPrices"));
    auto *pricesColumn = new QVBoxLayout(prices);
    pricesColumn->setContentsMargins(0, 0, 0, 0);
    m_includeTax = new QRadioButton(tr("&Include tax (retail: the price is what the customer pays)"), prices);
    m_includeTax->setObjectName(QStringLiteral("settingsCompanyPricesIncludeTax"));
    m_excludeTax = new QRadioButton(tr("Exclu&de tax (trade: tax is added on the invoice)"), prices);
    m_excludeTax->setObjectName(QStringLiteral("settingsCompanyPricesExcludeTax"));
    pricesColumn->addWidget(m_includeTax);
    pricesColumn->addWidget(m_excludeTax);
    m_form->addGroupRow(tr("Prices:"), prices, m_includeTax, SettingsService::KeyPricesIncludeTax);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsCompanyLanguage"));
    // Each language by its own name, so that it can be found whatever is shown.
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    auto *languageNote = new QLabel(tr("takes effect at the next start"), this);
    languageNote->setObjectName(QStringLiteral("settingsCompanyLanguageNote"));
    m_form->addRow(tr("&Language:"), m_language, SettingsService::KeyLanguage, languageNote);
    m_language->setAccessibleName(accessible(tr("&Language:")));

    auto *actions = new QHBoxLayout;
    m_apply = makeButton(tr("A&pply"), QStringLiteral("settingsCompanyApply"), this);
    m_revert = makeButton(tr("Re&vert"), QStringLiteral("settingsCompanyRevert"), this);
    m_revert->setToolTip(tr("Show the saved values again"));
    actions->addStretch(1);
    actions->addWidget(m_apply);
    actions->addWidget(m_revert);

    m_status = makeStatusLine(this, QStringLiteral("settingsCompanyStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form->layout());
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_chooseLogo, &QPushButton::clicked, this, &CompanyTab::askForLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &CompanyTab::removeLogo);
    connect(m_apply, &QPushButton::clicked, this, &CompanyTab::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        reload();
        showStatus(m_status, tr("The saved values are shown again."), false);
    });
    reload();
}

CompanyTab::~CompanyTab() = default;

void CompanyTab::reload()
{
    m_form->clearErrors();
    m_pendingLogo.reset();
    SettingsService settings(m_company);
    auto loaded = settings.get();
    if (!loaded.ok()) {
        showStatus(m_status, loaded.error().message, true);
        setEnabled(false);
        return;
    }
    m_loaded = loaded.value();
    m_name->setText(m_loaded.name);
    m_address->setPlainText(m_loaded.address);
    m_taxId->setText(m_loaded.taxId);
    m_currency->setCurrentText(m_loaded.currency);
    m_includeTax->setChecked(m_loaded.pricesIncludeTax);
    m_excludeTax->setChecked(!m_loaded.pricesIncludeTax);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_loaded.language)));
    auto logo = settings.logo();
    showLogo(logo.ok() ? logo.value() : QByteArray());
}

void CompanyTab::apply()
{
    m_form->clearErrors();
    SettingsService settings(m_company);
    QStringList saved;
    QStringList general;
    int refused = 0;
    const auto step = [&](bool changed, const QString &what, const auto &call) {
        if (!changed)
            return;
        const Result<void> done = call();
        if (done.ok()) {
            saved << what;
            return;
        }
        ++refused;
        if (!m_form->showError(done.error(), refused == 1))
            general << done.error().message;
    };
    // In the order of the form, so the first refused input takes the focus.
    const QString name = m_name->text();
    const QString address = m_address->toPlainText();
    const QString taxId = m_taxId->text();
    const QString currency = m_currency->currentText();
    const bool include = m_includeTax->isChecked();
    const QString language = m_language->currentData().toString();
    step(name != m_loaded.name, tr("name"), [&] { return settings.setCompanyName(name); });
    step(address != m_loaded.address, tr("address"), [&] { return settings.setAddress(address); });
    step(taxId != m_loaded.taxId, tr("tax number"), [&] { return settings.setTaxId(taxId); });
    step(currency != m_loaded.currency, tr("currency"), [&] { return settings.setCurrency(currency); });
    const bool logoChanged = m_pendingLogo.has_value() && (m_loaded.hasLogo || !m_pendingLogo->isEmpty());
    step(logoChanged, tr("logo"), [&] { return settings.setLogo(*m_pendingLogo); });
    step(include != m_loaded.pricesIncludeTax, tr("prices"),
         [&] { return settings.setPricesIncludeTax(include); });
    step(language != m_loaded.language, tr("language"), [&] {
        Result<void> done = settings.setLanguage(language);
        if (done.ok())
            rememberLanguage(language);
        return done;
    });

    // What is stored now becomes the baseline; the refused inputs keep what was typed.
    if (auto fresh = settings.get(); fresh.ok()) {
        const CompanySettings &now = fresh.value();
        if (m_form->errorText(SettingsService::KeyCompanyName).isEmpty())
            m_name->setText(now.name);
        if (m_form->errorText(SettingsService::KeyAddress).isEmpty())
            m_address->setPlainText(now.address);
        if (m_form->errorText(SettingsService::KeyTaxId).isEmpty())
            m_taxId->setText(now.taxId);
        if (m_form->errorText(SettingsService::KeyCurrency).isEmpty())
            m_currency->setCurrentText(now.currency);
        if (m_form->errorText(SettingsService::KeyLogo).isEmpty())
            m_pendingLogo.reset();
        m_loaded = now;
    }

    if (refused == 0 && saved.isEmpty()) {
        showStatus(m_status, tr("Nothing to apply: no value was changed."), false);
    } else if (refused == 0) {
        showStatus(m_status, tr("Saved: %1.").arg(saved.join(tr(", "))), false);
    } else {
        QString text = general.isEmpty() ? tr("the values marked above were refused.") : general.join(u' ');
        if (!saved.isEmpty())
            text += u' ' + tr("Saved: %1.").arg(saved.join(tr(", ")));
        showStatus(m_status, text, true);
    }
}

void CompanyTab::askForLogo()
{
    auto *dialog = new QFileDialog(this, tr("Choose the company logo"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Images (*.png *.jpg *.jpeg)"));
    dialog->setObjectName(QStringLiteral("settingsLogoFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { chooseLogoFile(path); });
    dialog->open();
}

bool CompanyTab::chooseLogoFile(const QString &path)
{
    m_form->clearErrors();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_form->showError(
            makeError(ErrorCode::Io,
                      tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                      SettingsService::KeyLogo));
        return false;
    }
    // One byte more than core accepts is enough for it to say the file is too large.
    m_pendingLogo = file.read(SettingsService::MaxLogoBytes + 1);
    showLogo(*m_pendingLogo);
    showStatus(m_status, tr("The new logo is saved when you apply."), false);
    return true;
}

void CompanyTab::removeLogo()
{
    m_form->clearErrors();
    m_pendingLogo = QByteArray();
    showLogo({});
    showStatus(m_status, tr("The logo is removed when you apply."), false);
}

void CompanyTab::showLogo(const QByteArray &image)
{
    m_removeLogo->setEnabled(!image.isEmpty());
    const QImage picture = QImage::fromData(image);
    if (picture.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(image.isEmpty() ? tr("No logo") : tr("No preview"));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        picture.scaled(m_logo->contentsRect().size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_logo->setPixmap(pixmap);
}

QString CompanyTab::errorText(const QString &field) const
{
    return m_form->errorText(field);
}

QString CompanyTab::statusText() const
{
    return m_status->text();
}

} // namespace stockbook::ui
