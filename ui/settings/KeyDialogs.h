// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Asks for the administrator's password again before the company key is
// rotated (KeyRotationService::rotateKey) and says what rotation does; the
// password and the "Change the key" button are the confirmation. The
// rotation runs on a worker thread (BackgroundTask) on a connection of its
// own; the company's connection is then reopened with the new key
// (KeyRotationService::adoptDatabaseKey). On success emits rotated() with the
// new recovery key and closes.
class RotateKeyDialog : public QDialog {
    Q_OBJECT

public:
    RotateKeyDialog(CompanySession &company, QWidget *parent = nullptr);

    // Starts the rotation; the password field's current text is used and
    // cleared. rotationFinished() follows.
    void rotate();
    bool isRunning() const { return m_running; }
    QString errorText() const;

    // Refused while the rotation runs: it cannot be interrupted.
    void reject() override;

signals:
    void rotated(const QString &recoveryKey);
    void rotationFinished(bool ok);

private:
    CompanySession &m_company;
    QLineEdit *m_password = nullptr;
    QPushButton *m_confirm = nullptr;
    QWidget *m_errorBox = nullptr;
    QLabel *m_error = nullptr;
    bool m_running = false;
};

// Shows a new recovery key once, with Copy, Print and Save, as the
// first-run wizard does. It closes only after "I have stored it" is ticked.
class RecoveryKeyDialog : public QDialog {
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString &companyPath, const QString &recoveryKey, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;

    QString recoveryKey() const;
    void reject() override;

private:
    void showMessage(const QString &text);

    QString m_companyPath;
    QPlainTextEdit *m_key = nullptr;
    QCheckBox *m_stored = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace stockbook::ui
