// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/KeyDialogs.h"

#include "common/FieldError.h"
#include "common/PasswordStrength.h"
#include "common/RecoveryKeySheet.h"
#include "services/CompanySession.h"
#include "services/maintenance/KeyRotationService.h"
#include "settings/SettingsSupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtMath>

#include <memory>
#include <optional>

namespace stockbook::ui {

RotateKeyDialog::RotateKeyDialog(CompanySession &company, QWidget *parent)
    : QDialog(parent), m_company(company)
{
    setObjectName(QStringLiteral("rotateKeyDialog"));
    setWindowTitle(tr("Change the company key"));
    auto *layout = new QVBoxLayout(this);

    auto *text = new QLabel(
        tr("The company file is encrypted again with a new random key. Every user keeps their password. The "
           "current recovery key stops working and a new one is shown once: have a printer or a safe place "
           "for "
           "it ready. Backups made before keep their old recovery key.\n\nNobody else may use this company "
           "file meanwhile. Enter your password to go ahead."),
        this);
    text->setObjectName(QStringLiteral("rotateKeyText"));
    text->setWordWrap(true);
    layout->addWidget(text);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("rotateKeyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password"));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Your &password:"), this);
    label->setObjectName(QStringLiteral("rotateKeyPasswordLabel"));
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    layout->addLayout(form);
    m_errorBox = makeErrorBox(this, &m_error, QStringLiteral("rotateKeyError"));
    layout->addWidget(m_errorBox);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("rotateKeyButtons"));
    m_confirm = buttons->addButton(tr("&Change the key"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("rotateKeyConfirm"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("rotateKeyCancel"));
    layout->addWidget(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &RotateKeyDialog::rotate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeToCharacters(this, 80);
}

void RotateKeyDialog::rotate()
{
    if (m_running)
        return;
    m_errorBox->hide();
    struct Job {
        SecretBytes password;
        std::optional<Result<SecretBytes>> recoveryKey;
        SecretBytes databaseKey; // the worker's key when it ended: the new one, or the old after a failure
    };
    auto job = std::make_shared<Job>();
    job->password = takePassword(m_password);
    m_running = true;
    m_confirm->setEnabled(false);
    // Core rewrites the file on the worker's own connection; the company's
    // connection then reopens with the key the worker ended with.
    auto *task = BackgroundTask::start(
        this, tr("Change the company key"),
        tr("Changing the company key. This takes a while for a large company file…"),
        withWorkerSession(
            m_company,
            [job](CompanySession &worker) {
                job->recoveryKey = KeyRotationService(worker).rotateKey(job->password);
                job->password = SecretBytes();
                job->databaseKey = SecretBytes::copyOf(worker.databaseKey().bytes());
            },
            [job](const Error &error) {
                job->recoveryKey = error;
                job->password = SecretBytes();
            }));
    connect(task, &BackgroundTask::finished, this, [this, job] {
        m_running = false;
        m_confirm->setEnabled(true);
        Error failure;
        bool failed = !job->recoveryKey || !job->recoveryKey->ok();
        if (failed)
            failure = job->recoveryKey
                ? job->recoveryKey->error()
                : makeError(ErrorCode::NotOpen, tr("The company key was not changed."));
        if (job->databaseKey.size() > 0 && !job->databaseKey.equals(m_company.databaseKey())) {
            if (auto adopted = KeyRotationService(m_company).adoptDatabaseKey(job->databaseKey);
                !adopted.ok()) {
                failure = adopted.error();
                failed = true;
            }
        }
        job->databaseKey = SecretBytes();
        if (failed) {
            m_error->setText(failure.message);
            m_errorBox->show();
            m_password->setFocus();
            emit rotationFinished(false);
            return;
        }
        const SecretBytes &bytes = job->recoveryKey->value();
        QString text = QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()),
                                           static_cast<qsizetype>(bytes.size()));
        job->recoveryKey.reset();
        emit rotated(text);
        text.fill(QChar(u'\0'));
        accept();
        emit rotationFinished(true);
    });
}

void RotateKeyDialog::reject()
{
    // The rotation cannot be interrupted.
    if (m_running)
        return;
    QDialog::reject();
}

QString RotateKeyDialog::errorText() const
{
    return m_errorBox->isHidden() ? QString() : m_error->text();
}

RecoveryKeyDialog::RecoveryKeyDialog(const QString &companyPath, const QString &recoveryKey, QWidget *parent)
    : QDialog(parent), m_companyPath(companyPath)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("The new recovery key"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("The company key was changed. This is the new recovery key: it opens the company "
           "when every password is lost, and the old one no longer does. It is shown only "
           "now: print it or save it, and keep it away from this computer."),
        this);
    text->setObjectName(QStringLiteral("recoveryKeyText"));
    text->setWordWrap(true);
    layout->addWidget(text);

    m_key = new QPlainTextEdit(this);
    m_key->setObjectName(QStringLiteral("recoveryKeyView"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_key->setReadOnly(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlainText(recoveryKey);
    // Wide enough for the key on one line, tall enough for two.
    const int margins = 2 * m_key->frameWidth() + 2 * qCeil(m_key->document()->documentMargin());
    m_key->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(recoveryKey + QStringLiteral("    "))
                           + margins);
    m_key->setFixedHeight(m_key->fontMetrics().lineSpacing() * 2 + margins);
    layout->addWidget(m_key);

    auto *actions = new QHBoxLayout;
    auto *copy = makeButton(tr("C&opy"), QStringLiteral("copyRecoveryKeyButton"), this);
    auto *print = makeButton(tr("&Print…"), QStringLiteral("printRecoveryKeyButton"), this);
    auto *save = makeButton(tr("&Save…"), QStringLiteral("saveRecoveryKeyButton"), this);
    actions->addWidget(copy);
    actions->addWidget(print);
    actions->addWidget(save);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recoveryKeyMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    m_stored = new QCheckBox(tr("I have stored the new recovery &key"), this);
    m_stored->setObjectName(QStringLiteral("recoveryStoredCheck"));
    layout->addWidget(m_stored);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("recoveryKeyButtons"));
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("recoveryKeyClose"));
    m_close->setEnabled(false);
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_key->toPlainText());
        showMessage(tr("Copied. Paste it where it is kept safe, then copy something else over it."));
    });
    connect(print, &QPushButton::clicked, this, [this] {
        printRecoveryKey(this, m_companyPath, m_key->toPlainText(),
                         [this](const QString &done) { showMessage(done); });
    });
    connect(save, &QPushButton::clicked, this, [this] {
        saveRecoveryKey(this, m_key->toPlainText(), [this](const QString &done) { showMessage(done); });
    });
    connect(m_stored, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryKeyDialog::reject);
    resizeToCharacters(this, 84);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    m_key->clear();
}

QString RecoveryKeyDialog::recoveryKey() const
{
    return m_key->toPlainText();
}

void RecoveryKeyDialog::reject()
{
    // Shown once: it stays until the admin says it is kept somewhere.
    if (!m_stored->isChecked()) {
        showMessage(tr("Store the recovery key first, then tick the box."));
        return;
    }
    QDialog::reject();
}

void RecoveryKeyDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace stockbook::ui
