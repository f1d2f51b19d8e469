// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/BackupTab.h"

#include "services/CompanySession.h"
#include "services/maintenance/BackupService.h"
#include "settings/KeyDialogs.h"
#include "settings/RestoreDialog.h"
#include "settings/SettingsSupport.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace stockbook::ui {

namespace {

QGroupBox *section(const QString &title, const QString &text, QPushButton *button, const QString &name,
                   QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(name);
    auto *row = new QHBoxLayout(box);
    auto *label = new QLabel(text, box);
    label->setObjectName(name + QStringLiteral("Text"));
    label->setWordWrap(true);
    row->addWidget(label, 1);
    button->setParent(box);
    row->addWidget(button, 0, Qt::AlignTop);
    return box;
}

} // namespace

BackupTab::BackupTab(CompanySession &company, QWidget *parent) : QWidget(parent), m_company(company)
{
    setObjectName(QStringLiteral("settingsBackupTab"));
    auto *layout = new QVBoxLayout(this);

    m_backup = makeButton(tr("Back up &now…"), QStringLiteral("settingsBackupNow"), this);
    layout->addWidget(section(tr("Backup"),
                              tr("One file with the company file, still encrypted, and its key file. It is "
                                 "read back and checked before "
                                 "it counts as written; an existing file is never overwritten. The passwords "
                                 "of today open it. Keep "
                                 "backups on another disk."),
                              m_backup, QStringLiteral("settingsBackupSection"), this));

    m_restore = makeButton(tr("&Restore…"), QStringLiteral("settingsRestore"), this);
    layout->addWidget(section(tr("Restore"),
                              tr("Restores a backup into a company file of its own, after checking it whole, "
                                 "with a password from the "
                                 "time of the backup or the recovery key. The open company is not changed."),
                              m_restore, QStringLiteral("settingsRestoreSection"), this));

    m_rotate = makeButton(tr("Ch&ange company key…"), QStringLiteral("settingsRotateKey"), this);
    layout->addWidget(section(tr("Company key"),
                              tr("Encrypts the company file again with a new key and shows a new recovery "
                                 "key once. Passwords stay as "
                                 "they are; the old recovery key stops working. Make a backup first."),
                              m_rotate, QStringLiteral("settingsKeySection"), this));

    m_status = makeStatusLine(this, QStringLiteral("settingsBackupStatus"));
    layout->addWidget(m_status);
    layout->addStretch(1);

    // A company on a server has no company file to copy and no company key;
    // stockbook-cli backs it up (MigrationService::backupServer).
    if (company.isServer()) {
        const QString missing = tr(
            "Not yet in the window for a company on a server: use stockbook-cli backup "
            "--db URL and restore --db URL (see the administration guide).");
        m_backup->setEnabled(false);
        m_backup->setToolTip(missing);
        m_restore->setEnabled(false);
        m_restore->setToolTip(missing);
        m_rotate->setEnabled(false);
        m_rotate->setToolTip(tr("This is a company on a server: it has no company key and no recovery key; "
                                "the server keeps its data and checks the passwords."));
        showStatus(m_status,
                   tr("This is a company on a server: back it up with stockbook-cli backup --db URL; it "
                      "has no company key."),
                   false);
    }

    connect(m_backup, &QPushButton::clicked, this, &BackupTab::askForBackupFile);
    connect(m_restore, &QPushButton::clicked, this, [this] { openRestore(); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { openRotateKey(); });
}

void BackupTab::askForBackupFile()
{
    const QString name = QFileInfo(m_company.path()).completeBaseName() + QLatin1Char('-')
        + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".backup");
    auto *dialog = new QFileDialog(this, tr("Back up the company"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Stockbook backups (*.backup)"));
    dialog->setObjectName(QStringLiteral("settingsBackupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("backup"));
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { backUpTo(path); });
    dialog->open();
}

void BackupTab::backUpTo(const QString &path)
{
    if (m_busy)
        return;
    m_busy = true;
    auto result = std::make_shared<std::optional<Result<QString>>>();
    auto *task = BackgroundTask::start(
        this, tr("Backup"), tr("Writing and checking the backup…"),
        withWorkerSession(
            m_company,
            [result, path](CompanySession &worker) { *result = BackupService(worker).backup(path); },
            [result](const Error &error) { *result = error; }));
    connect(task, &BackgroundTask::finished, this, [this, result] {
        m_busy = false;
        if (!*result) {
            showStatus(m_status, tr("The backup was not written."), true);
            emit backupFinished(false);
            return;
        }
        const Result<QString> &written = **result;
        if (!written.ok()) {
            showStatus(m_status, written.error().message, true);
            emit backupFinished(false);
            return;
        }
        showStatus(m_status,
                   tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(written.value())),
                   false);
        emit backupFinished(true);
    });
}

RestoreDialog *BackupTab::openRestore()
{
    auto *dialog = new RestoreDialog(m_company.path(), m_company.session().username(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restored, this, &BackupTab::offerRestored);
    dialog->open();
    return dialog;
}

void BackupTab::offerRestored(const QString &target, const QString &backup)
{
    showStatus(m_status,
               tr("Restored %1 from %2; the open company was not changed.")
                   .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup)),
               false);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Restore"),
                                tr("The backup was restored into %1. The open company was not changed.")
                                    .arg(QDir::toNativeSeparators(target)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restoredMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Open it now to sign in to it; this company is closed once you are signed in."));
    auto *openNow = box->addButton(tr("&Open the restored company now"), QMessageBox::AcceptRole);
    openNow->setObjectName(QStringLiteral("restoredOpenNow"));
    auto *stay = box->addButton(tr("&Keep working here"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("restoredStay"));
    box->setDefaultButton(openNow);
    box->setEscapeButton(stay);
    connect(openNow, &QPushButton::clicked, this, [this, target] { emit openCompanyRequested(target); });
    box->open();
}

RotateKeyDialog *BackupTab::openRotateKey()
{
    auto *dialog = new RotateKeyDialog(m_company, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotateKeyDialog::rotated, this, [this](const QString &key) {
        showStatus(m_status, tr("The company key was changed. Store the new recovery key."), false);
        showRecoveryKey(key);
    });
    dialog->open();
    return dialog;
}

RecoveryKeyDialog *BackupTab::showRecoveryKey(const QString &recoveryKey)
{
    auto *dialog = new RecoveryKeyDialog(m_company.path(), recoveryKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString BackupTab::statusText() const
{
    return m_status->text();
}

} // namespace stockbook::ui
