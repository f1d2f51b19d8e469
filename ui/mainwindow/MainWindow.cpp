// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "mainwindow/MainWindow.h"

#include "Resources.h"
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace stockbook::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Stockbook"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stockbook.svg")));

    createActions();
    createMenus();

    m_welcomePage = new WelcomePage(m_newCompanyAction, m_openCompanyAction, this);
    setCentralWidget(m_welcomePage);

    // A permanent label rather than showMessage(): status tips of hovered
    // actions would otherwise wipe it.
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_statusLabel, 1);
    updateStatusBar();

    resize(900, 600);
}

void MainWindow::setCompanyFilePath(const QString &path)
{
    m_companyFilePath = path;
    updateStatusBar();
}

void MainWindow::createActions()
{
    // The sign-in and first-run screens come next; until then these actions
    // stay disabled and say where the work is done today.
    const QString needsAccounts = tr("Comes with the sign-in screen; use stockbook-cli init today");

    m_newCompanyAction = new QAction(tr("&New company…"), this);
    m_newCompanyAction->setObjectName(QStringLiteral("newCompanyAction"));
    m_newCompanyAction->setShortcut(QKeySequence::New);
    m_newCompanyAction->setToolTip(needsAccounts);
    m_newCompanyAction->setStatusTip(needsAccounts);
    m_newCompanyAction->setEnabled(false);

    m_openCompanyAction = new QAction(tr("&Open company…"), this);
    m_openCompanyAction->setObjectName(QStringLiteral("openCompanyAction"));
    m_openCompanyAction->setShortcut(QKeySequence::Open);
    m_openCompanyAction->setToolTip(needsAccounts);
    m_openCompanyAction->setStatusTip(needsAccounts);
    m_openCompanyAction->setEnabled(false);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setStatusTip(tr("Close Stockbook"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Stockbook"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setStatusTip(tr("Show the version and licence of Stockbook"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->setToolTipsVisible(true);
    fileMenu->addAction(m_newCompanyAction);
    fileMenu->addAction(m_openCompanyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::updateStatusBar()
{
    if (m_companyFilePath.isEmpty()) {
        m_statusLabel->setText(tr("No company open"));
    } else {
        m_statusLabel->setText(
            tr("Company file: %1 (not opened)").arg(QDir::toNativeSeparators(m_companyFilePath)));
    }
}

void MainWindow::showAbout()
{
    const QString text = tr("<h3>Stockbook %1</h3>"
                            "<p>Desktop ERP for small shops.</p>"
                            "<p>Built with Qt %2.</p>"
                            "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                             .arg(QApplication::applicationVersion().toHtmlEscaped(),
                                  QString::fromLatin1(qVersion()));
    QMessageBox::about(this, tr("About Stockbook"), text);
}

} // namespace stockbook::ui
