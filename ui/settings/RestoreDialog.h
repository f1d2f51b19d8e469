// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;

namespace stockbook::ui {

class FieldForm;

// Restores a backup into a company file (RestoreService::restore), opened
// with the password a user had at backup time or the recovery key; the same
// credentials must prove control of a company file that exists there. A
// backup of another company replaces one only when "Replace it even with a
// backup of a different company" is ticked.
// The open company cannot be the target (core refuses a file in use), so it
// suggests a new file beside it. The restore touches neither the open company
// nor its connection, so it runs on a worker thread under a busy dialog and
// the window keeps painting.
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    RestoreDialog(const QString &companyPath, const QString &username, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    void setBackupFile(const QString &path);
    void setTargetFile(const QString &path);
    QString targetFile() const;
    // Starts the restore with what is entered (the secret fields are read and
    // cleared); restoreFinished() follows.
    void start();
    bool isRunning() const { return m_running; }

    QString errorText(const QString &field) const;
    QString generalErrorText() const;

    // Refused while the restore runs: it cannot be interrupted.
    void reject() override;

signals:
    // ok: restored() was emitted and the dialog accepted.
    void restoreFinished(bool ok);
    void restored(const QString &targetPath, const QString &backupPath);

private:
    void browseBackup();
    void browseTarget();
    void updateMode();
    void setInputsEnabled(bool enabled);

    std::unique_ptr<FieldForm> m_form;
    QLineEdit *m_backup = nullptr;
    QLineEdit *m_target = nullptr;
    QRadioButton *m_withPassword = nullptr;
    QRadioButton *m_withRecoveryKey = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_recoveryKey = nullptr;
    QCheckBox *m_replaceOther = nullptr;
    QWidget *m_generalBox = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressDialog *m_progress = nullptr;
    bool m_running = false;
};

} // namespace stockbook::ui
