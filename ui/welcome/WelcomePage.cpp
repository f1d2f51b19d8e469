// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

QToolButton *makeActionButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumWidth(180);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QAction *newCompanyAction, QAction *openCompanyAction, QAction *openServerAction,
                         QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("welcomeIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stockbook.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("Welcome to Stockbook"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *message = new QLabel(tr("No company is open yet."), this);
    message->setObjectName(QStringLiteral("welcomeMessage"));
    message->setAlignment(Qt::AlignHCenter);

    auto *note = new QLabel(
        openServerAction ? tr("Create a company file with its first administrator, open an existing "
                              "one, or open a company on a server, and sign in.")
                         : tr("Create a company file with its first administrator, or open an existing one "
                              "and sign in."),
        this);
    note->setObjectName(QStringLiteral("welcomeNote"));
    note->setAlignment(Qt::AlignHCenter);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(makeActionButton(newCompanyAction, QStringLiteral("newCompanyButton"), this));
    buttons->addWidget(makeActionButton(openCompanyAction, QStringLiteral("openCompanyButton"), this));
    if (openServerAction)
        buttons->addWidget(makeActionButton(openServerAction, QStringLiteral("openServerButton"), this));
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(message);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addSpacing(4);
    column->addWidget(note);

    // Centred, and narrow enough to read on a wide window. Box layouts with
    // stretches rather than an alignment flag, so that the wrapped note gets
    // the height it needs at the column's real width.
    auto *columnHolder = new QWidget(this);
    columnHolder->setObjectName(QStringLiteral("welcomeColumn"));
    columnHolder->setLayout(column);
    columnHolder->setMaximumWidth(520);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnHolder, 10);
    row->addStretch(1);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

} // namespace stockbook::ui
