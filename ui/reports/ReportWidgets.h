// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QAbstractScrollArea>
#include <QScrollBar>
#include <QString>

namespace stockbook::ui {

// Scroll bars get names tests can find them by: "<name>VerticalScrollBar",
// "<name>HorizontalScrollBar" (as the main window names its navigation's).
// An unnamed viewport (QChartView's) becomes "<name>Viewport".
inline void nameScrollArea(QAbstractScrollArea *area, const QString &name)
{
    area->verticalScrollBar()->setObjectName(name + QStringLiteral("VerticalScrollBar"));
    area->horizontalScrollBar()->setObjectName(name + QStringLiteral("HorizontalScrollBar"));
    if (area->viewport()->objectName().isEmpty())
        area->viewport()->setObjectName(name + QStringLiteral("Viewport"));
}

} // namespace stockbook::ui
