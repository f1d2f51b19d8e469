// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QDialog>

namespace stockbook::ui {

// Stockbook's version and licence, and the versions of Qt, SQLCipher and
// OpenSSL it runs with (asked from core, so the UI links neither library).
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionsText();
};

} // namespace stockbook::ui
