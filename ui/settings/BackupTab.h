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

// Backup, restore and key rotation through MaintenanceService. Backup and
// rotation use the company's connection, which belongs to the GUI thread, so
// they run synchronously under a busy dialog; the restore runs on a worker
// thread (RestoreDialog). Every dialog is opened window-modal and returns at
// once, so locking the window can close them safely.
class BackupTab : public QWidget {
    Q_OBJECT

public:
    BackupTab(CompanySession &company, QWidget *parent = nullptr);

    // "Back up now…": asks for the file, then backUpTo().
    void askForBackupFile();
    // Writes and verifies a backup at path; false (and the reason shown) when
    // core refuses or fails.
    bool backUpTo(const QString &path);
    RestoreDialog *openRestore();
    RotateKeyDialog *openRotateKey();
    RecoveryKeyDialog *showRecoveryKey(const QString &recoveryKey);

    QString statusText() const;

private:
    CompanySession &m_company;
    QPushButton *m_backup = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace stockbook::ui
