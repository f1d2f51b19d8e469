// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/Permission.h"
#include "security/Session.h"

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Builds the body of one page for the open company. The page keeps the
// CompanySession reference for its service calls; the main window destroys
// every page before the company closes or the signed-in user changes.
using PageFactory = std::function<QWidget *(CompanySession &company, QWidget *parent)>;

// One entry of the main window's navigation. A page is listed when the
// session holds at least one of anyOf; its action "<id>PageAction" lives in
// the Go menu.
struct PageSpec {
    QString id; // stable: "sales", "catalog", ... (objectNames derive from it)
    QString title;
    QString description; // what the page holds, for its tool tip
    QList<Permission> anyOf;
    PageFactory factory; // empty: a placeholder until the screen exists
};

// Every page of the shell, in navigation order, with placeholder bodies.
QList<PageSpec> defaultPages();

// The pages a session may use, in order.
QList<PageSpec> pagesFor(const QList<PageSpec> &pages, const Session &session);

} // namespace stockbook::ui
