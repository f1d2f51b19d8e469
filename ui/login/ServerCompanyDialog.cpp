// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "login/ServerCompanyDialog.h"

#include "common/Forms.h"
#include "storage/Location.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace stockbook::ui {

ServerCompanyDialog::ServerCompanyDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("serverCompanyDialog"));
    setWindowTitle(tr("Open a company on a server"));

    auto *intro = new QLabel(tr("Type the company's server address, or fill in its parts below. The password "
                                "is asked when you sign in."),
                             this);
    intro->setWordWrap(true);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://anna@db.example.com:5432/shop"));
    m_url->setMinimumWidth(420);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("serverUrlError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_database->setPlaceholderText(QStringLiteral("shop"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("serverCertificateEdit"));
    m_certificate->setPlaceholderText(
        QDir::toNativeSeparators(storage::ServerAddress::defaultRootCertificate()));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("serverCertificateBrowse"));
    auto *certificateRow = new QHBoxLayout;
    certificateRow->setContentsMargins(0, 0, 0, 0);
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_browse);
    auto *certificateHolder = new QWidget(this);
    certificateHolder->setLayout(certificateRow);

    auto *top = new QFormLayout;
    addFormRow(top, tr("Server &address:"), m_url);

    auto *parts = new QGroupBox(tr("Or its parts"), this);
    auto *form = new QFormLayout(parts);
    addFormRow(form, tr("&Host:"), m_host);
    addFormRow(form, tr("P&ort:"), m_port);
    addFormRow(form, tr("&Database:"), m_database);
    addFormRow(form, tr("&User name:"), m_user);
    addFormRow(form, tr("&Root certificate file:"), certificateHolder);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = m_buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("serverContinueButton"));
    m_continue->setDefault(true);
    m_continue->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!url().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_error); // under the address; takes no room while hidden
    layout->addWidget(parts);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &ServerCompanyDialog::check);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_certificate})
        connect(edit, &QLineEdit::textEdited, this, &ServerCompanyDialog::buildUrl);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_building)
            buildUrl();
    });
    connect(m_browse, &QPushButton::clicked, this, &ServerCompanyDialog::browseCertificate);
    check();
}

QString ServerCompanyDialog::url() const
{
    const QString text = m_url->text().trimmed();
    auto parsed = storage::Location::parse(text);
    return parsed.ok() && parsed->isServer() ? text : QString();
}

void ServerCompanyDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

// The address from its parts; the parts typed so far, so that the error says
// what is still missing.
void ServerCompanyDialog::buildUrl()
{
    QString text = QStringLiteral("postgresql://");
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    QString host = m_host->text().trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 address
    text += host;
    if (m_port->value() != 5432)
        text += QLatin1Char(':') + QString::number(m_port->value());
    text += QLatin1Char('/') + m_database->text().trimmed();
    const QString certificate = m_certificate->text().trimmed();
    if (!certificate.isEmpty())
        text += QStringLiteral("?sslrootcert=")
            + QString::fromUtf8(QUrl::toPercentEncoding(QDir::fromNativeSeparators(certificate), "/"));
    m_url->setText(text);
}

void ServerCompanyDialog::check()
{
    const QString text = m_url->text().trimmed();
    QString error;
    if (!text.isEmpty()) {
        auto parsed = storage::Location::parse(text);
        if (!parsed.ok()) {
            error = parsed.error().message;
        } else if (!parsed->isServer()) {
            error = tr("This is not a server address: it starts with postgresql://. To open a company file, "
                       "use Open company.");
        } else {
            // The parts follow the address typed whole.
            const storage::ServerAddress &a = parsed->serverAddress();
            m_building = true;
            if (!m_host->hasFocus())
                m_host->setText(a.host);
            m_port->setValue(a.port);
            if (!m_database->hasFocus())
                m_database->setText(a.database);
            if (!m_user->hasFocus())
                m_user->setText(a.user);
            if (!m_certificate->hasFocus())
                m_certificate->setText(QDir::toNativeSeparators(a.rootCertificate));
            m_building = false;
        }
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    // The wrapped message gets the height it needs at the dialog's width, and
    // leaves none behind once it is gone.
    const int textWidth = layout()->contentsRect().width();
    m_error->setMinimumHeight(error.isEmpty() || textWidth <= 0 ? 0 : m_error->heightForWidth(textWidth));
    layout()->activate();
    resize(width(), minimumSizeHint().height());
    m_url->setToolTip(error);
    m_continue->setEnabled(!text.isEmpty() && error.isEmpty());
}

void ServerCompanyDialog::browseCertificate()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Root certificate file"),
                                                      m_certificate->text(),
                                                      tr("Certificates (*.crt *.pem);;All files (*)"));
    if (file.isEmpty())
        return;
    m_certificate->setText(QDir::toNativeSeparators(file));
    buildUrl();
}

} // namespace stockbook::ui
