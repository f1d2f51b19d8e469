// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/FieldError.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace stockbook::ui {

QColor errorColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(255, 138, 128) : QColor(176, 0, 32);
}

void setErrorColour(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, errorColour(palette));
    widget->setPalette(palette);
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setErrorColour(label);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QWidget *makeErrorBox(QWidget *parent, QLabel **text, const QString &objectName)
{
    auto *box = new QWidget(parent);
    box->setObjectName(objectName + QStringLiteral("Box"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    auto *icon = new QLabel(box);
    icon->setObjectName(objectName + QStringLiteral("Icon"));
    const int side = parent->fontMetrics().height();
    icon->setPixmap(parent->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(QCoreApplication::translate("stockbook::ui::FieldError", "Error"));

    *text = new QLabel(box);
    (*text)->setObjectName(objectName);
    (*text)->setWordWrap(true);
    (*text)->setTextFormat(Qt::PlainText);
    setErrorColour(*text);

    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(*text, 1);
    box->hide();
    return box;
}

} // namespace stockbook::ui
