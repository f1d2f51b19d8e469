// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

class RecoveryKeyDialog;
class RestoreDialog;
class RotateKeyDialog;

// Backup, restore and key rotation through BackupService, RestoreService and KeyRotationService. Each runs on
// a worker thread under a window-modal progress dialog (BackgroundTask, RestoreDialog), so the window keeps
// painting; backup and rotation on a connection of their own (withWorkerSession). Every dialog is opened
// window-modal and returns at once, so locking the window can close them
// safely.
class BackupTab : public QWidget {
    Q_OBJECT

public:
    BackupTab(CompanySession &company, QWidget *parent = nullptr);

    // "Back up now…": asks for the file, then backUpTo().
    void askForBackupFile();
    // Starts writing and verifying a backup at path on a worker thread;
    // backupFinished() follows, false (and the reason shown) when core
    // refuses or fails.
    void backUpTo(const QString &path);
    bool isBusy() const { return m_busy; }
    RestoreDialog *openRestore();
    RotateKeyDialog *openRotateKey();
    RecoveryKeyDialog *showRecoveryKey(const QString &recoveryKey);

    QString statusText() const;

signals:
    void backupFinished(bool ok);
    // "Open the restored company now" after a restore.
    void openCompanyRequested(const QString &path);

private:
    void offerRestored(const QString &target, const QString &backup);

    CompanySession &m_company;
    QPushButton *m_backup = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_status = nullptr;
    bool m_busy = false;
};

} // namespace stockbook::ui
