// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QWidget>

class QAction;

namespace stockbook::ui {

// What the main window shows while no company is open: a greeting and one
// button for each of the given actions. The buttons follow their action's
// text, enabled state and tool tip. The actions are not owned.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    WelcomePage(QAction *newCompanyAction, QAction *openCompanyAction, QAction *openServerAction = nullptr,
                QWidget *parent = nullptr);
};

} // namespace stockbook::ui
