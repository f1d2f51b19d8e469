// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "about/AboutDialog.h"

#include "security/keys/Crypto.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockbook::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stockbook"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stockbook.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("Stockbook %1").arg(QApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto *text = new QLabel(
        tr("Desktop ERP for small shops.\n\nLicensed under the GNU General Public License, "
           "version 3 or later."),
        this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);

    auto *versions = new QLabel(versionsText(), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("aboutCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addWidget(versions);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(column, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString AboutDialog::versionsText()
{
    const QString cipher = storage::Database::cipherVersion();
    return tr("Qt %1\nSQLCipher %2\n%3")
        .arg(QString::fromLatin1(qVersion()), cipher.isEmpty() ? tr("(unknown)") : cipher,
             security::crypto::opensslVersion());
}

} // namespace stockbook::ui
