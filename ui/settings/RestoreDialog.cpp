// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/RestoreDialog.h"

#include "common/FieldError.h"
#include "common/PasswordStrength.h"
#include "services/maintenance/RestoreService.h"
#include "settings/SettingsSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

const QString FieldBackup = QStringLiteral("backup");
const QString FieldTarget = QStringLiteral("target");
const QString FieldUsername = QStringLiteral("username");
const QString FieldPassword = QStringLiteral("password");
const QString FieldRecoveryKey = QStringLiteral("recovery_key");
const QString FieldOtherCompany = RestoreService::FieldOtherCompany;

QLineEdit *lineEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

SecretBytes takeText(QLineEdit *field)
{
    QByteArray latin = field->text().trimmed().toLatin1();
    wipeField(field);
    SecretBytes out = SecretBytes::copyOf(
        {reinterpret_cast<const std::uint8_t *>(latin.constData()), static_cast<std::size_t>(latin.size())});
    SecretBytes::cleanse(latin.data(), static_cast<std::size_t>(latin.size()));
    return out;
}

// What a restore needs, owned by the worker thread's function so that it
// outlives the dialog if the window locks meanwhile.
struct RestoreJob {
    QString backup;
    QString target;
    QString username;
    SecretBytes secret;
    bool recoveryKey = false;
    bool replaceOtherCompany = false;
    Result<RestoreService::Outcome> result = makeError(ErrorCode::InvalidState, QString());
};

} // namespace

RestoreDialog::RestoreDialog(const QString &companyPath, const QString &username, QWidget *parent)
    : QDialog(parent), m_form(std::make_unique<FieldForm>(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The backup is checked whole before anything is written. It is restored into a "
           "company file of its own: the open company cannot be replaced while it is open. "
           "A file that exists under the chosen name is kept, renamed to end in "
           "\".before-restore\"; replacing it needs the sign-in of one of its administrators (the same user "
           "name and password) or its recovery key."),
        this);
    intro->setObjectName(QStringLiteral("restoreIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_backup = lineEdit(QStringLiteral("restoreBackupFile"), tr("Backup file"), this);
    auto *browseBackup = makeButton(tr("&Browse…"), QStringLiteral("restoreBackupBrowse"), this);
    browseBackup->setAccessibleName(tr("Browse for the backup file"));
    m_form->addRow(tr("Backup &file:"), m_backup, FieldBackup, browseBackup);

    m_target = lineEdit(QStringLiteral("restoreTargetFile"), tr("Restore into"), this);
    const QFileInfo company(companyPath);
    m_target->setText(QDir::toNativeSeparators(
        company.absoluteDir().filePath(company.completeBaseName() + QStringLiteral("-restored.stockbook"))));
    auto *browseTarget = makeButton(tr("B&rowse…"), QStringLiteral("restoreTargetBrowse"), this);
    browseTarget->setAccessibleName(tr("Browse for the file to restore into"));
    m_form->addRow(tr("Restore &into:"), m_target, FieldTarget, browseTarget);

    auto *mode = new QWidget(this);
    mode->setObjectName(QStringLiteral("restoreMode"));
    auto *modeRow = new QHBoxLayout(mode);
    modeRow->setContentsMargins(0, 0, 0, 0);
    m_withPassword = new QRadioButton(tr("A &user's password"), mode);
    m_withPassword->setObjectName(QStringLiteral("restoreWithPassword"));
    m_withPassword->setChecked(true);
    m_withRecoveryKey = new QRadioButton(tr("The r&ecovery key"), mode);
    m_withRecoveryKey->setObjectName(QStringLiteral("restoreWithRecoveryKey"));
    modeRow->addWidget(m_withPassword);
    modeRow->addWidget(m_withRecoveryKey);
    modeRow->addStretch(1);
    m_form->addGroupRow(tr("Open it with:"), mode, m_withPassword, QStringLiteral("mode"));

    m_username = lineEdit(QStringLiteral("restoreUsername"), tr("User name"), this);
    m_username->setText(username);
    m_form->addRow(tr("User &name:"), m_username, FieldUsername);
    m_password = lineEdit(QStringLiteral("restorePassword"), tr("Password at the time of the backup"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Password then:"), m_password, FieldPassword);
    m_recoveryKey = lineEdit(QStringLiteral("restoreRecoveryKey"), tr("Recovery key"), this);
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->addRow(tr("Recovery &key:"), m_recoveryKey, FieldRecoveryKey);
    m_replaceOther = new QCheckBox(tr("Replace it even with a backup of a &different company"), this);
    m_replaceOther->setObjectName(QStringLiteral("restoreReplaceOther"));
    m_form->addGroupRow(tr("Another company:"), m_replaceOther, m_replaceOther, FieldOtherCompany);
    layout->addLayout(m_form->layout());

    m_generalBox = makeErrorBox(this, &m_general, QStringLiteral("restoreError"));
    layout->addStretch(1);
    layout->addWidget(m_generalBox);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("restoreButtons"));
    m_restore = buttons->addButton(tr("Res&tore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreStart"));
    m_restore->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("restoreCancel"));
    layout->addWidget(buttons);

    connect(browseBackup, &QPushButton::clicked, this, &RestoreDialog::browseBackup);
    connect(browseTarget, &QPushButton::clicked, this, &RestoreDialog::browseTarget);
    connect(m_withPassword, &QRadioButton::toggled, this, &RestoreDialog::updateMode);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    updateMode();
    resizeToCharacters(this, 100);
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::setBackupFile(const QString &path)
{
    m_backup->setText(QDir::toNativeSeparators(path));
}

void RestoreDialog::setTargetFile(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
}

QString RestoreDialog::targetFile() const
{
    return QDir::fromNativeSeparators(m_target->text().trimmed());
}

void RestoreDialog::browseBackup()
{
    auto *dialog = new QFileDialog(this, tr("Choose the backup to restore"),
                                   QFileInfo(m_backup->text()).absolutePath(),
                                   tr("Stockbook backups (*.backup);;All files (*)"));
    dialog->setObjectName(QStringLiteral("restoreBackupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &RestoreDialog::setBackupFile);
    dialog->open();
}

void RestoreDialog::browseTarget()
{
    auto *dialog = new QFileDialog(this, tr("Restore into"), QFileInfo(targetFile()).absolutePath(),
                                   tr("Company files (*.stockbook)"));
    dialog->setObjectName(QStringLiteral("restoreTargetFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("stockbook"));
    // Core keeps an existing file aside instead of overwriting it.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->selectFile(QFileInfo(targetFile()).fileName());
    connect(dialog, &QFileDialog::fileSelected, this, &RestoreDialog::setTargetFile);
    dialog->open();
}

void RestoreDialog::updateMode()
{
    const bool password = m_withPassword->isChecked();
    m_username->setEnabled(password);
    m_password->setEnabled(password);
    m_recoveryKey->setEnabled(!password);
}

void RestoreDialog::setInputsEnabled(bool enabled)
{
    const QList<QWidget *> inputs{m_backup,   m_target,      m_withPassword, m_withRecoveryKey, m_username,
                                  m_password, m_recoveryKey, m_replaceOther, m_restore,         m_cancel};
    for (QWidget *input : inputs)
        input->setEnabled(enabled);
    if (enabled)
        updateMode();
}

void RestoreDialog::start()
{
    if (m_running)
        return;
    m_form->clearErrors();
    m_generalBox->hide();

    auto job = std::make_shared<RestoreJob>();
    job->backup = QDir::fromNativeSeparators(m_backup->text().trimmed());
    job->target = targetFile();
    job->recoveryKey = m_withRecoveryKey->isChecked();
    job->username = m_username->text().trimmed();
    job->replaceOtherCompany = m_replaceOther->isChecked();
    job->secret = job->recoveryKey ? takeText(m_recoveryKey) : takePassword(m_password);

    m_running = true;
    setInputsEnabled(false);
    m_progress = new QProgressDialog(tr("Checking and restoring the backup…"), QString(), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setWindowTitle(tr("Restore"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setCancelButton(nullptr);
    m_progress->setMinimumDuration(0);
    m_progress->show();

    // The static restore opens connections of its own on the thread that runs it.
    QThread *worker = QThread::create([job] {
        RestoreService::Request request;
        request.backupPath = job->backup;
        request.targetDbPath = job->target;
        request.backup = RestoreService::Credentials{job->recoveryKey ? QString() : job->username,
                                                     std::move(job->secret), job->recoveryKey};
        request.replaceOtherCompany = job->replaceOtherCompany;
        job->result = RestoreService::restore(request);
        job->secret = SecretBytes();
    });
    worker->setObjectName(QStringLiteral("restoreWorker"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, job] {
        m_running = false;
        delete m_progress;
        m_progress = nullptr;
        setInputsEnabled(true);
        if (job->result.ok()) {
            emit restored(job->target, job->backup);
            accept();
            emit restoreFinished(true);
            return;
        }
        const Error &error = job->result.error();
        Error shown = error;
        if (error.field == FieldOtherCompany) {
            shown.message += QLatin1Char(' ')
                + tr("To replace it with this backup, tick “Replace it even with a backup of a different "
                     "company”.");
        } else if (error.field == RestoreService::FieldTarget) {
            shown.field = FieldTarget;
        } else {
            switch (error.code) {
            case ErrorCode::FileNotFound:
            case ErrorCode::Damaged:
            case ErrorCode::NotADatabase:
                shown.field = FieldBackup;
                break;
            case ErrorCode::Locked:
                shown.field = FieldTarget;
                break;
            case ErrorCode::WrongPassword:
            case ErrorCode::Throttled:
            case ErrorCode::SlotMismatch:
            case ErrorCode::PermissionDenied:
                shown.field = FieldPassword;
                break;
            case ErrorCode::WrongKey:
            case ErrorCode::RecoveryKeyInvalid:
                shown.field = job->recoveryKey ? FieldRecoveryKey : FieldPassword;
                break;
            default:
                shown.field.clear();
            }
        }
        if (!m_form->showError(shown)) {
            m_general->setText(error.message);
            m_generalBox->show();
        }
        // A long message wraps onto lines the dialog may not have room for yet.
        layout()->activate();
        const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
        if (needed > height())
            resize(width(), needed);
        emit restoreFinished(false);
    });
    worker->start();
}

void RestoreDialog::reject()
{
    if (m_running)
        return;
    QDialog::reject();
}

QString RestoreDialog::errorText(const QString &field) const
{
    return m_form->errorText(field);
}

QString RestoreDialog::generalErrorText() const
{
    return m_generalBox->isHidden() ? QString() : m_general->text();
}

} // namespace stockbook::ui
