// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace stockbook::ui {

// Asks where a company on a server is: either its address typed whole
// (postgresql://USER@HOST:PORT/DBNAME?...) or host, port, database, user and
// root certificate file, from which the address is built. The address is
// checked with storage::Location::parse as it is typed; its error shows under
// it and Continue waits for a valid one. The password is asked afterwards by
// the sign-in dialog: an address never holds one.
class ServerCompanyDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerCompanyDialog(QWidget *parent = nullptr);

    // The checked address (empty while it is not valid).
    QString url() const;
    void setUrl(const QString &url);

private:
    void buildUrl();
    void check();
    void browseCertificate();

    QLineEdit *m_url;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_certificate;
    QPushButton *m_browse;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_continue;
    bool m_building = false;
};

} // namespace stockbook::ui
