// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/settings/SettingsService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace stockbook::ui {

class FieldForm;

// The company's details (name, address, tax number, currency, logo) and
// whether prices include tax. Apply hands every changed value to
// SettingsService, one call each; a refused value keeps what was typed and
// shows core's message under its input, the others are saved. Other screens
// read the settings when they open (the invoice entry the prices setting, the
// printed invoice the name), so a change takes effect at once; the language
// takes effect at the next start (it is also kept in the user's QSettings
// under "ui/language", which main() reads before any company is open).
class CompanyTab : public QWidget {
    Q_OBJECT

public:
    CompanyTab(CompanySession &company, QWidget *parent = nullptr);
    ~CompanyTab() override;

    // Reads the settings again, discarding what was typed.
    void reload();
    void apply();
    // Takes the image file as the new logo (applied with the rest).
    bool chooseLogoFile(const QString &path);
    void removeLogo();

    QString errorText(const QString &field) const;
    QString statusText() const;

private:
    void askForLogo();
    void showLogo(const QByteArray &image);

    CompanySession &m_company;
    std::unique_ptr<FieldForm> m_form;
    CompanySettings m_loaded;
    std::optional<QByteArray> m_pendingLogo; // empty optional: unchanged; empty bytes: remove
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_taxId = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QRadioButton *m_includeTax = nullptr;
    QRadioButton *m_excludeTax = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace stockbook::ui
